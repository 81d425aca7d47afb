-- Made-up addresses must not keep real people out of a capacity-limited event. A registration to such an event
-- waits for its person to click the link e-mailed to the address, until confirm_by: meanwhile a 'held' one keeps
-- its seat (counted with the confirmed ones, so the event is never overbooked); past confirm_by, a held, waitlisted
-- or pending registration whose address was never confirmed becomes 'expired', and a held seat goes to the waitlist.
alter table registration drop constraint registration_status_check;
alter table registration add constraint registration_status_check
    check (status in ('held', 'confirmed', 'waitlisted', 'pending_approval', 'cancelled', 'expired', 'attended',
                      'no_show'));

-- When the person must have clicked the e-mail's link by; null once they did, or when nobody asked them to.
alter table registration add column confirm_by timestamptz;
alter table registration add constraint registration_held_until check (status <> 'held' or confirm_by is not null);
alter table registration add constraint registration_confirm_by_status
    check (confirm_by is null or status in ('held', 'waitlisted', 'pending_approval', 'expired', 'cancelled'));

-- One live registration per address and event: the person whose registration expired registers again.
drop index registration_once;
create unique index registration_once on registration (event_id, lower(email))
    where status not in ('cancelled', 'expired');
-- The registrations whose address awaits confirmation, for the job that releases them once their delay passed.
create index registration_to_confirm on registration (confirm_by)
    where status in ('held', 'waitlisted', 'pending_approval') and confirm_by is not null;

-- The reports count people who registered: neither a seat held for an address not yet confirmed, nor one that
-- expired. Only the two filters of "registered" and "partners" change from V44.
create or replace function registration_tallied() returns trigger
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
               coalesce(sum(sign) filter (where status not in ('cancelled', 'expired', 'held')), 0),
               coalesce(sum(sign) filter (where status not in ('cancelled', 'expired', 'held')
                                            and organisation is not null), 0),
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
