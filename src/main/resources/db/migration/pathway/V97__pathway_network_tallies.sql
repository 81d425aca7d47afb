-- Referrals and installations counted per regional network, for a coordinator's statistics and yearly report (issue
-- 20): the national tallies (V42) have no network. A referral belongs to the network of whoever sent it (set when it
-- is sent and never changed; every referral before belongs to the first network, Cap Rural, as in V89); an
-- installation to the département of its commune (a network covers whole régions, hence whole départements).
-- Same pattern as V42: statement triggers, what a statement removed counted out and what it added counted in.
alter table referral
    add column network_id uuid not null default '0c0a0000-0000-4000-8000-000000000001';

-- Referrals by network, the month they were sent (Paris time), their status and their outcome ('' while not closed).
create table referral_network_month_tally (
    network_id uuid not null,
    month      date not null check (extract(day from month) = 1),
    status     text not null,
    outcome    text not null,
    referrals  integer not null,
    primary key (network_id, month, status, outcome)
);

-- Each structure's referrals received from a network in a year (Paris time) and how many it answered.
create table referral_network_structure_tally (
    network_id      uuid not null,
    year            integer not null,
    organisation_id uuid not null,
    received        integer not null,
    answered        integer not null,
    primary key (network_id, year, organisation_id)
);
create index referral_network_structure_busiest
    on referral_network_structure_tally (network_id, year, received desc, organisation_id);

create function referral_network_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select network_id, sent_at, status, outcome, organisation_id, answered_at, 1 as sign'
                           || ' from added'
        when 'DELETE' then 'select network_id, sent_at, status, outcome, organisation_id, answered_at, -1 as sign'
                           || ' from removed'
        else 'select network_id, sent_at, status, outcome, organisation_id, answered_at, -1 as sign from removed'
             || ' union all select network_id, sent_at, status, outcome, organisation_id, answered_at, 1 from added'
    end;
begin
    execute format($sql$
        insert into referral_network_month_tally as t (network_id, month, status, outcome, referrals)
        select network_id, date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status,
               coalesce(outcome, ''), sum(sign)
        from (%s) change group by 1, 2, 3, 4 having sum(sign) <> 0 order by 1, 2, 3, 4
        on conflict (network_id, month, status, outcome) do update set referrals = t.referrals + excluded.referrals
        $sql$, change);
    execute format($sql$
        insert into referral_network_structure_tally as t (network_id, year, organisation_id, received, answered)
        select network_id, extract(year from sent_at at time zone 'Europe/Paris')::int, organisation_id, sum(sign),
               coalesce(sum(sign) filter (where answered_at is not null), 0)
        from (%s) change group by 1, 2, 3
        having sum(sign) <> 0 or coalesce(sum(sign) filter (where answered_at is not null), 0) <> 0
        order by 1, 2, 3
        on conflict (network_id, year, organisation_id) do update
            set received = t.received + excluded.received, answered = t.answered + excluded.answered
        $sql$, change);
    return null;
end $$;

create trigger referral_network_tallied_inserted after insert on referral
    referencing new table as added for each statement execute function referral_network_tallied();
create trigger referral_network_tallied_updated after update on referral
    referencing old table as removed new table as added for each statement execute function referral_network_tallied();
create trigger referral_network_tallied_deleted after delete on referral
    referencing old table as removed for each statement execute function referral_network_tallied();

insert into referral_network_month_tally (network_id, month, status, outcome, referrals)
select network_id, date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status, coalesce(outcome, ''),
       count(*)
from referral group by 1, 2, 3, 4;

insert into referral_network_structure_tally (network_id, year, organisation_id, received, answered)
select network_id, extract(year from sent_at at time zone 'Europe/Paris')::int, organisation_id, count(*),
       count(answered_at)
from referral group by 1, 2, 3;

-- Installations by the département of their commune (three digits overseas) and the month they were dated.
create function installation_departement(commune_code text) returns text
    language sql immutable as $$
    select case when commune_code like '97%' then left(commune_code, 3) else left(commune_code, 2) end
$$;

create table installation_departement_month_tally (
    departement   text not null,
    month         date not null check (extract(day from month) = 1),
    installations integer not null,
    jobs          integer not null,
    primary key (departement, month)
);

create function installation_departement_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select answer, commune_code, installed_on, jobs, 1 as sign from added'
        when 'DELETE' then 'select answer, commune_code, installed_on, jobs, -1 as sign from removed'
        else 'select answer, commune_code, installed_on, jobs, -1 as sign from removed'
             || ' union all select answer, commune_code, installed_on, jobs, 1 from added'
    end;
begin
    execute format($sql$
        insert into installation_departement_month_tally as t (departement, month, installations, jobs)
        select installation_departement(commune_code), date_trunc('month', installed_on)::date, sum(sign),
               sum(sign * jobs)
        from (%s) change where answer = 'installe'
        group by 1, 2 having sum(sign) <> 0 or sum(sign * jobs) <> 0 order by 1, 2
        on conflict (departement, month) do update
            set installations = t.installations + excluded.installations, jobs = t.jobs + excluded.jobs
        $sql$, change);
    return null;
end $$;

create trigger installation_departement_tallied_inserted after insert on outcome_follow_up
    referencing new table as added for each statement execute function installation_departement_tallied();
create trigger installation_departement_tallied_updated after update on outcome_follow_up
    referencing old table as removed new table as added
    for each statement execute function installation_departement_tallied();
create trigger installation_departement_tallied_deleted after delete on outcome_follow_up
    referencing old table as removed for each statement execute function installation_departement_tallied();

insert into installation_departement_month_tally (departement, month, installations, jobs)
select installation_departement(commune_code), date_trunc('month', installed_on)::date, count(*),
       coalesce(sum(jobs), 0)
from outcome_follow_up where answer = 'installe' group by 1, 2;
