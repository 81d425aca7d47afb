-- Working groups: a theme, objectives, members (people and their organisations) who asked to join
-- and whom a coordinator accepted, and meetings, which are events of the agenda (kind
-- reunion_groupe) with the group's minutes and decisions, read by its members only.
create table working_group (
    id          uuid primary key default gen_random_uuid(),
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name        text not null unique check (length(trim(name)) between 5 and 200),
    theme       text not null check (length(trim(theme)) between 3 and 300),
    objectives  text check (length(objectives) <= 4000),
    description text check (length(description) <= 8000),
    rhythm      text check (length(rhythm) <= 300),
    open        boolean not null default true,
    created_at  timestamptz not null default now()
);

create table group_member (
    id           uuid primary key default gen_random_uuid(),
    group_id     uuid not null references working_group (id) on delete cascade,
    name         text not null check (length(trim(name)) between 2 and 150),
    email        text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    organisation text check (length(organisation) <= 200),
    role         text check (length(role) <= 200),
    motivation   text check (length(motivation) <= 2000),
    consent      boolean not null check (consent),
    status       text not null default 'pending' check (status in ('pending', 'member', 'declined', 'left')),
    -- The member's own link to the group's reserved page, for those without an account.
    token        text not null unique,
    requested_at timestamptz not null default now(),
    decided_at   timestamptz,
    decided_by   uuid,
    check ((status = 'pending') = (decided_at is null))
);
create unique index group_member_once on group_member (group_id, lower(email)) where status in ('pending', 'member');
create index group_member_by_email on group_member (lower(email)) where status = 'member';

create table group_meeting (
    event_id   uuid primary key,
    group_id   uuid not null references working_group (id) on delete cascade,
    minutes    text check (length(minutes) <= 20000),
    decisions  text check (length(decisions) <= 8000),
    written_at timestamptz,
    written_by uuid
);
create index group_meeting_by_group on group_meeting (group_id);
