-- Welcome requests by desk, month and channel, so that a network's yearly report reads its desks' requests by
-- channel from counts (issue 20) as the national report reads intake_channel_tally (V43). Same pattern as V43.
create table intake_desk_channel_tally (
    desk_organisation_id uuid,
    month                date not null check (extract(day from month) = 1),
    channel              text not null,
    requests             integer not null,
    unique nulls not distinct (desk_organisation_id, month, channel)
);

create function intake_desk_channel_tallied() returns trigger
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
        insert into intake_desk_channel_tally as t (desk_organisation_id, month, channel, requests)
        select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel,
               sum(sign)
        from (%s) change group by 1, 2, 3 having sum(sign) <> 0 order by 1, 2, 3
        on conflict (desk_organisation_id, month, channel) do update set requests = t.requests + excluded.requests
        $sql$, change);
    return null;
end $$;

create trigger intake_desk_channel_tallied_inserted after insert on intake_request
    referencing new table as added for each statement execute function intake_desk_channel_tallied();
create trigger intake_desk_channel_tallied_updated after update on intake_request
    referencing old table as removed new table as added for each statement execute function intake_desk_channel_tallied();
create trigger intake_desk_channel_tallied_deleted after delete on intake_request
    referencing old table as removed for each statement execute function intake_desk_channel_tallied();

insert into intake_desk_channel_tally (desk_organisation_id, month, channel, requests)
select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel, count(*)
from intake_request group by 1, 2, 3;
