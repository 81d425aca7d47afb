-- Sessions with their own places. A session (slot) may hold its own capacity; a registration to an event of several
-- sessions names the sessions it is for, each with its own place or rank on that session's waitlist ('seated' counts
-- only while the registration itself takes a seat: held in time, confirmed, marked present or absent). A registration
-- without rows here is for every session of its event (those of before, and events of one session without capacity).
-- Sessions are rewritten by their organisers under the UIDs they keep (V77), hence the UID and no foreign key.
alter table event_slot add column capacity integer check (capacity between 1 and 100000);

create table registration_session (
    registration_id uuid not null references registration (id) on delete cascade,
    slot_uid        text not null check (length(slot_uid) between 3 and 255),
    state           text not null check (state in ('seated', 'waitlisted')),
    primary key (registration_id, slot_uid)
);
create index registration_session_by_slot on registration_session (slot_uid, state);

-- The code of the QR image e-mailed with a confirmed place, kept as its SHA-256 (common.SecretTokens): a new one each
-- time the confirmation is e-mailed, so only the latest e-mail's code opens the door.
alter table registration add column checkin_hash text unique;

-- Presence at the door, per session: the code scanned (or typed) once; a second scan finds the row and says so.
create table registration_checkin (
    registration_id uuid not null references registration (id) on delete cascade,
    slot_uid        text not null check (length(slot_uid) between 3 and 255),
    checked_in_at   timestamptz not null default now(),
    checked_in_by   uuid,
    primary key (registration_id, slot_uid)
);
