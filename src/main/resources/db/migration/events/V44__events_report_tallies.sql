-- Each event's registrations counted by the database as people register, cancel, are promoted or marked
-- present: the yearly report and the statistics add up a year of events (12,500 events and half a million
-- registrations at national scale, 1.3 s to join and count) from one row per event. Same pattern as the
-- referrals' tallies (V42); an event's page and report still count its own registrations directly.
create table event_registration_tally (
    event_id   uuid primary key references event (id) on delete cascade,
    registered integer not null,  -- not cancelled
    partners   integer not null,  -- not cancelled, registered for an organisation
    attended   integer not null,
    absent     integer not null,
    waitlisted integer not null
);

-- Rows of events being deleted are skipped: their registrations go with them, and so does their tally.
create function registration_tallied() returns trigger
    language plpgsql as $$
declare
    change text := case tg_op
        when 'INSERT' then 'select event_id, status, organisation, 1 as sign from added'
        when 'DELETE' then 'select event_id, status, organisation, -1 as sign from removed'
        else 'select event_id, status, organisation, -1 as sign from removed'
             || ' union all select event_id, status, organisation, 1 from added'
    end;
begin
    execute format($sql$
        insert into event_registration_tally as t (event_id, registered, partners, attended, absent, waitlisted)
        select event_id,
               coalesce(sum(sign) filter (where status <> 'cancelled'), 0),
               coalesce(sum(sign) filter (where status <> 'cancelled' and organisation is not null), 0),
               coalesce(sum(sign) filter (where status = 'attended'), 0),
               coalesce(sum(sign) filter (where status = 'no_show'), 0),
               coalesce(sum(sign) filter (where status = 'waitlisted'), 0)
        from (%s) change
        where exists (select 1 from event e where e.id = change.event_id)
        group by event_id order by event_id
        on conflict (event_id) do update
            set registered = t.registered + excluded.registered, partners = t.partners + excluded.partners,
                attended = t.attended + excluded.attended, absent = t.absent + excluded.absent,
                waitlisted = t.waitlisted + excluded.waitlisted
        $sql$, change);
    return null;
end $$;

create trigger registration_tallied_inserted after insert on registration
    referencing new table as added for each statement execute function registration_tallied();
create trigger registration_tallied_updated after update on registration
    referencing old table as removed new table as added for each statement execute function registration_tallied();
create trigger registration_tallied_deleted after delete on registration
    referencing old table as removed for each statement execute function registration_tallied();

insert into event_registration_tally (event_id, registered, partners, attended, absent, waitlisted)
select event_id,
       count(*) filter (where status <> 'cancelled'),
       count(*) filter (where status <> 'cancelled' and organisation is not null),
       count(*) filter (where status = 'attended'),
       count(*) filter (where status = 'no_show'),
       count(*) filter (where status = 'waitlisted')
from registration group by event_id;
