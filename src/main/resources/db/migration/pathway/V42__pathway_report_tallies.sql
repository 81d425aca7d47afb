-- The reports' counts of referrals, kept by the database as referrals are sent, answered and closed.
-- The yearly report and the statistics read a year (1.5 million referrals at national scale, 0.4 to
-- 0.8 s to count even through a covering index) as a few dozen rows of months instead; the busiest
-- structures of a year are read from an index instead of grouping the year by structure.
--
-- Kept exact by statement triggers with transition tables (one pass per statement, so a bulk load or
-- the expiry job updates its counts once): what a statement removed is counted out, what it added is
-- counted in. A count may fall to zero and stay as a row; readers ignore it. (No check on the counts:
-- an upsert checks the row it proposes, a negative change, before it meets the row it adds to.)

-- Referrals by the month they were sent (Paris time), their status and their outcome ('' while not closed).
create table referral_month_tally (
    month     date not null check (extract(day from month) = 1),
    status    text not null,
    outcome   text not null,
    referrals integer not null,
    primary key (month, status, outcome)
);

-- Each structure's referrals received in a year (Paris time) and how many it answered.
create table referral_structure_tally (
    year            integer not null,
    organisation_id uuid not null,
    received        integer not null,
    answered        integer not null,
    primary key (year, organisation_id)
);
create index referral_structure_busiest on referral_structure_tally (year, received desc, organisation_id);

-- One function for the three triggers: the change is what the statement removed (counted out, sign -1)
-- and what it added (counted in, +1), read from the transition tables (visible to this function only, so
-- the queries are run here and not in a helper). Rows are upserted in key order, so that concurrent
-- statements lock the tallies' rows in the same order.
create function referral_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select sent_at, status, outcome, organisation_id, answered_at, 1 as sign from added'
        when 'DELETE' then 'select sent_at, status, outcome, organisation_id, answered_at, -1 as sign from removed'
        else 'select sent_at, status, outcome, organisation_id, answered_at, -1 as sign from removed'
             || ' union all select sent_at, status, outcome, organisation_id, answered_at, 1 from added'
    end;
begin
    execute format($sql$
        insert into referral_month_tally as t (month, status, outcome, referrals)
        select date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status, coalesce(outcome, ''),
               sum(sign)
        from (%s) change group by 1, 2, 3 having sum(sign) <> 0 order by 1, 2, 3
        on conflict (month, status, outcome) do update set referrals = t.referrals + excluded.referrals
        $sql$, change);
    execute format($sql$
        insert into referral_structure_tally as t (year, organisation_id, received, answered)
        select extract(year from sent_at at time zone 'Europe/Paris')::int, organisation_id, sum(sign),
               coalesce(sum(sign) filter (where answered_at is not null), 0)
        from (%s) change group by 1, 2
        having sum(sign) <> 0 or coalesce(sum(sign) filter (where answered_at is not null), 0) <> 0
        order by 1, 2
        on conflict (year, organisation_id) do update
            set received = t.received + excluded.received, answered = t.answered + excluded.answered
        $sql$, change);
    return null;
end $$;

create trigger referral_tallied_inserted after insert on referral
    referencing new table as added for each statement execute function referral_tallied();
create trigger referral_tallied_updated after update on referral
    referencing old table as removed new table as added for each statement execute function referral_tallied();
create trigger referral_tallied_deleted after delete on referral
    referencing old table as removed for each statement execute function referral_tallied();

insert into referral_month_tally (month, status, outcome, referrals)
select date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status, coalesce(outcome, ''), count(*)
from referral group by 1, 2, 3;

insert into referral_structure_tally (year, organisation_id, received, answered)
select extract(year from sent_at at time zone 'Europe/Paris')::int, organisation_id, count(*), count(answered_at)
from referral group by 1, 2;

-- Installations by the month they were dated (their own date, a day), and the jobs they made.
create table installation_month_tally (
    month         date primary key check (extract(day from month) = 1),
    installations integer not null,
    jobs          integer not null
);

create function installation_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select answer, installed_on, jobs, 1 as sign from added'
        when 'DELETE' then 'select answer, installed_on, jobs, -1 as sign from removed'
        else 'select answer, installed_on, jobs, -1 as sign from removed'
             || ' union all select answer, installed_on, jobs, 1 from added'
    end;
begin
    execute format($sql$
        insert into installation_month_tally as t (month, installations, jobs)
        select date_trunc('month', installed_on)::date, sum(sign), sum(sign * jobs)
        from (%s) change where answer = 'installe'
        group by 1 having sum(sign) <> 0 or sum(sign * jobs) <> 0 order by 1
        on conflict (month) do update
            set installations = t.installations + excluded.installations, jobs = t.jobs + excluded.jobs
        $sql$, change);
    return null;
end $$;

create trigger installation_tallied_inserted after insert on outcome_follow_up
    referencing new table as added for each statement execute function installation_tallied();
create trigger installation_tallied_updated after update on outcome_follow_up
    referencing old table as removed new table as added for each statement execute function installation_tallied();
create trigger installation_tallied_deleted after delete on outcome_follow_up
    referencing old table as removed for each statement execute function installation_tallied();

insert into installation_month_tally (month, installations, jobs)
select date_trunc('month', installed_on)::date, count(*), coalesce(sum(jobs), 0)
from outcome_follow_up where answer = 'installe' group by 1;
