-- Events: the network's sessions, explorations, information sessions, workshops, regional events,
-- working-group meetings and shared stands, with their slots, their questions to registrants and
-- the registrations. Organisations, perimeters and users belong to other modules (ids only).

create table event (
    id                     uuid primary key default gen_random_uuid(),
    kind                   text not null check (kind in ('formation', 'exploration', 'session_information', 'atelier',
                               'stand', 'evenement_regional', 'reunion_groupe')),
    title                  text not null check (length(trim(title)) between 5 and 200),
    programme              text check (length(programme) <= 8000),
    audience               text check (length(audience) <= 1000),
    speakers               text check (length(speakers) <= 1000),
    organiser_id           uuid,
    partners               text check (length(partners) <= 1000),
    demarche               text check (length(demarche) <= 200),
    mode                   text not null check (mode in ('sur_place', 'en_ligne', 'hybride')),
    place                  text check (length(place) <= 300),
    commune_code           text check (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    -- The link of an online event, sent to registrants only.
    online_link            text check (online_link ~ '^https?://' and length(online_link) <= 500),
    capacity               integer check (capacity between 1 and 100000),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    approval_required      boolean not null default false,
    keywords               text[] not null default '{}',
    status                 text not null default 'published' check (status in ('draft', 'published', 'cancelled')),
    featured               boolean not null default false,
    -- The territory whose agents published it into the common agenda, if one did.
    perimeter_id           uuid,
    created_by             uuid,
    created_at             timestamptz not null default now(),
    -- The reminder to participants two days before, once.
    reminder_sent_at       timestamptz,
    -- The first slot's start, kept here for the agenda's order and filters.
    starts_at              timestamptz not null,
    search                 tsvector generated always as (
                               setweight(to_tsvector('french_unaccent', title), 'A')
                               || setweight(to_tsvector('french_unaccent', coalesce(programme, '') || ' '
                                    || coalesce(audience, '')), 'B')) stored,
    check (mode = 'sur_place' or online_link is not null or status = 'draft'),
    check (registration_closes_at is null or registration_opens_at is null
           or registration_closes_at > registration_opens_at)
);
create index event_agenda on event (starts_at, id) where status = 'published';
create index event_search on event using gin (search) where status = 'published';

create table event_slot (
    event_id  uuid not null references event (id) on delete cascade,
    position  smallint not null check (position between 1 and 30),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    primary key (event_id, position),
    check (ends_at > starts_at)
);

create table event_question (
    event_id uuid not null references event (id) on delete cascade,
    position smallint not null check (position between 1 and 10),
    label    text not null check (length(trim(label)) between 3 and 300),
    required boolean not null default false,
    primary key (event_id, position)
);

-- Registrations. Confirmed ones never exceed the event's capacity: every registration, cancellation
-- and promotion first locks the event's row, so they take turns per event.
create table registration (
    id            uuid primary key default gen_random_uuid(),
    event_id      uuid not null references event (id) on delete cascade,
    name          text not null check (length(trim(name)) between 2 and 150),
    email         text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    organisation  text check (length(organisation) <= 200),
    role          text check (length(role) <= 200),
    answers       jsonb not null default '{}',
    consent       boolean not null,
    status        text not null check (status in ('confirmed', 'waitlisted', 'pending_approval', 'cancelled',
                      'attended', 'no_show')),
    token         text not null unique,
    -- Where the request came from, for the per-address limit of registrations.
    source_address text,
    created_at    timestamptz not null default now(),
    status_at     timestamptz not null default now(),
    check (consent)
);
-- One live registration per address and event.
create unique index registration_once on registration (event_id, lower(email)) where status <> 'cancelled';
create index registration_by_event on registration (event_id, status, created_at);
create index registration_by_address on registration (source_address, created_at) where source_address is not null;
