-- An action's partners, from the directory, each with its role (co-organiser, speaker, host, relay); a speaking
-- partner may name the person who speaks and their function. The same organisation may hold several roles, and
-- lend several named speakers, but each pairing once.
create table action_partner (
    id               uuid primary key default gen_random_uuid(),
    action_id        uuid not null references programme_action (id) on delete cascade,
    organisation_id  uuid not null,
    role             text not null check (role in ('co_organisateur', 'intervenant', 'accueil', 'relais')),
    speaker_name     text check (length(trim(speaker_name)) between 2 and 150),
    speaker_function text check (length(trim(speaker_function)) between 2 and 200),
    created_at       timestamptz not null default now(),
    check (speaker_function is null or speaker_name is not null),
    check (speaker_name is null or role = 'intervenant')
);
create unique index action_partner_once
    on action_partner (action_id, organisation_id, role, lower(coalesce(speaker_name, '')));

-- A conference or workshop of the agenda held inside a stand's fair: counted in the stand's report with its own
-- attendance, never as an action of its own (an event is an action or a talk, once).
create table action_talk (
    action_id uuid not null references programme_action (id) on delete cascade,
    event_id  uuid not null unique,
    primary key (action_id, event_id)
);
