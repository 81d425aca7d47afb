-- Each session (slot) keeps the iCalendar UID that registrants' calendars hold, whatever its position: changing its
-- time keeps it, removing it lets the platform send a CANCEL for it. Existing sessions keep the identifier their
-- calendar files already carried (event id, position), so that calendars do not get a duplicate.
alter table event_slot add column uid text;
update event_slot set uid = event_id || '-' || position || '@passerelle';
alter table event_slot alter column uid set not null;
alter table event_slot alter column uid set default gen_random_uuid() || '@passerelle';
alter table event_slot add constraint event_slot_uid_unique unique (uid);
alter table event_slot add check (length(uid) between 3 and 255);
