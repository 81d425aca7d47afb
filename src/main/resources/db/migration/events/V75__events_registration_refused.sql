-- Organisers may refuse a registration that waits for their approval: it becomes 'refused', keeps its row (the
-- person's address stays registered, so typing it again does not put them back in the queue) and is not counted
-- among the people registered. Only the filters of "registered" and "partners" change from V58.
alter table registration drop constraint registration_status_check;
alter table registration add constraint registration_status_check
    check (status in ('held', 'confirmed', 'waitlisted', 'pending_approval', 'refused', 'cancelled', 'expired',
                      'attended', 'no_show'));

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
               coalesce(sum(sign) filter (where status not in ('cancelled', 'expired', 'held', 'refused')), 0),
               coalesce(sum(sign) filter (where status not in ('cancelled', 'expired', 'held', 'refused')
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
