-- A session cancelled on its own (issue 20): it stays on the event's page, marked cancelled, and takes no registration
-- any more. Kept by the session's UID, as its registrations are (V90): organisers rewrite the sessions under the UIDs
-- they keep, and a cancelled session stays cancelled through those rewrites.
create table event_slot_cancellation (
    slot_uid     text primary key check (length(slot_uid) between 3 and 255),
    event_id     uuid not null references event (id) on delete cascade,
    reason       text check (length(reason) <= 1000),
    cancelled_at timestamptz not null default now(),
    cancelled_by uuid
);
create index event_slot_cancellation_by_event on event_slot_cancellation (event_id);
