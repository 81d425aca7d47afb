-- The reports' counts of welcome requests, kept by the database as requests arrive or move to another
-- desk: a year (half a million requests at national scale, 0.7 s to group by desk and month through a
-- covering index) is read as a few rows per month and channel, the busiest desks of a year from an index,
-- and the months of the desks shown from their own rows. Same pattern as the referrals' tallies (V42):
-- statement triggers, what a statement removed counted out and what it added counted in; no check on the
-- counts, since an upsert checks the negative change it proposes.

-- Requests by the month they arrived (Paris time) and the way they came.
create table intake_channel_tally (
    month    date not null check (extract(day from month) = 1),
    channel  text not null,
    requests integer not null,
    primary key (month, channel)
);

-- Requests by welcome desk (null: the network's coordinators) and month.
create table intake_desk_tally (
    desk_organisation_id uuid,
    month                date not null check (extract(day from month) = 1),
    requests             integer not null,
    unique nulls not distinct (desk_organisation_id, month)
);

-- Requests by welcome desk and year: the busiest desks of a year.
create table intake_desk_year_tally (
    year                 integer not null,
    desk_organisation_id uuid,
    requests             integer not null,
    unique nulls not distinct (year, desk_organisation_id)
);
create index intake_desk_year_busiest on intake_desk_year_tally (year, requests desc);

create function intake_request_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select created_at, channel, desk_organisation_id, 1 as sign from added'
        when 'DELETE' then 'select created_at, channel, desk_organisation_id, -1 as sign from removed'
        else 'select created_at, channel, desk_organisation_id, -1 as sign from removed'
             || ' union all select created_at, channel, desk_organisation_id, 1 from added'
    end;
begin
    execute format($sql$
        insert into intake_channel_tally as t (month, channel, requests)
        select date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel, sum(sign)
        from (%s) change group by 1, 2 having sum(sign) <> 0 order by 1, 2
        on conflict (month, channel) do update set requests = t.requests + excluded.requests
        $sql$, change);
    execute format($sql$
        insert into intake_desk_tally as t (desk_organisation_id, month, requests)
        select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date, sum(sign)
        from (%s) change group by 1, 2 having sum(sign) <> 0 order by 1, 2
        on conflict (desk_organisation_id, month) do update set requests = t.requests + excluded.requests
        $sql$, change);
    execute format($sql$
        insert into intake_desk_year_tally as t (year, desk_organisation_id, requests)
        select extract(year from created_at at time zone 'Europe/Paris')::int, desk_organisation_id, sum(sign)
        from (%s) change group by 1, 2 having sum(sign) <> 0 order by 1, 2
        on conflict (year, desk_organisation_id) do update set requests = t.requests + excluded.requests
        $sql$, change);
    return null;
end $$;

create trigger intake_request_tallied_inserted after insert on intake_request
    referencing new table as added for each statement execute function intake_request_tallied();
create trigger intake_request_tallied_updated after update on intake_request
    referencing old table as removed new table as added for each statement execute function intake_request_tallied();
create trigger intake_request_tallied_deleted after delete on intake_request
    referencing old table as removed for each statement execute function intake_request_tallied();

insert into intake_channel_tally (month, channel, requests)
select date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel, count(*)
from intake_request group by 1, 2;

insert into intake_desk_tally (desk_organisation_id, month, requests)
select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date, count(*)
from intake_request group by 1, 2;

insert into intake_desk_year_tally (year, desk_organisation_id, requests)
select extract(year from created_at at time zone 'Europe/Paris')::int, desk_organisation_id, count(*)
from intake_request group by 1, 2;
