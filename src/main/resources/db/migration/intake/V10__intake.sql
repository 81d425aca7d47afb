-- Intake: the people and collectives who ask to be welcomed, their projects, their consents and
-- the requests that reached a welcome desk. Users, organisations and perimeters belong to other
-- modules and are referred to by id only.

create table project_holder (
    id               uuid primary key default gen_random_uuid(),
    kind             text not null check (kind in ('person', 'collective')),
    name             text not null check (length(trim(name)) between 2 and 150),
    email            text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    phone            text check (length(phone) <= 30),
    members          text check (length(members) <= 1000),
    current_commune  text check (current_commune ~ '^[0-9][0-9AB][0-9]{3}$'),
    household_needs  text[] not null default '{}',
    -- The holder's account in accounts (sign-in by e-mailed link), when there is one.
    user_id          uuid,
    created_at       timestamptz not null default now(),
    last_active_at   timestamptz not null default now()
);
create index project_holder_by_user on project_holder (user_id) where user_id is not null;

create table project (
    id                 uuid primary key default gen_random_uuid(),
    holder_id          uuid not null references project_holder (id) on delete cascade,
    title              text not null check (length(trim(title)) between 3 and 150),
    description        text check (length(description) <= 4000),
    kind               text not null check (kind in ('creation_individuelle', 'entrepreneuriat_collectif',
                           'initiative_citoyenne', 'reprise', 'installation_agricole', 'recherche_activite')),
    stage              text not null check (stage in ('idee', 'emergence', 'etude_test', 'creation', 'developpement')),
    sectors            text[] not null default '{}',
    ess                boolean not null default false,
    needs              text[] not null check (cardinality(needs) > 0),
    -- How the targets read: the communes themselves, their EPCI, or anywhere rural in their département.
    target_scope       text not null check (target_scope in ('communes', 'epci', 'rural_departement')),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index project_by_holder on project (holder_id);

-- The communes the holder named, in their order; the perimeters they stand for follow from the scope.
create table project_target_commune (
    project_id   uuid not null references project (id) on delete cascade,
    position     smallint not null check (position between 1 and 3),
    commune_code text not null check (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    primary key (project_id, position)
);

-- The perimeters the project targets (communes, EPCI or départements), for "who covers it" and
-- "which territory may contact them".
create table project_target (
    project_id   uuid not null references project (id) on delete cascade,
    perimeter_id uuid not null,
    primary key (project_id, perimeter_id)
);
create index project_target_by_perimeter on project_target (perimeter_id, project_id);

-- Consents as given, never overwritten: the current one is the latest of each kind.
create table holder_consent (
    id          bigserial primary key,
    holder_id   uuid not null references project_holder (id) on delete cascade,
    kind        text not null check (kind in ('share_with_structures', 'territory_contact')),
    given       boolean not null,
    wording     text not null,
    recorded_at timestamptz not null default now()
);
create index holder_consent_latest on holder_consent (holder_id, kind, recorded_at desc, id desc);

create sequence intake_reference;

create table intake_request (
    id                   uuid primary key default gen_random_uuid(),
    reference            text not null unique,
    project_id           uuid not null references project (id) on delete cascade,
    channel              text not null check (channel in ('form', 'desk', 'stand', 'session', 'partner')),
    -- The welcome desk it went to; null: the network's coordinators, where no desk covers the commune.
    desk_organisation_id uuid,
    entered_by           uuid,
    referent_id          uuid,
    referent_name        text,
    taken_at             timestamptz,
    listening_note       text check (length(listening_note) <= 8000),
    created_at           timestamptz not null default now(),
    check ((referent_id is null) = (taken_at is null))
);
create index intake_request_inbox on intake_request (desk_organisation_id, created_at desc);
create index intake_request_by_project on intake_request (project_id);

-- Every read of a personal file: who, whose, what, when. Kept when a file is erased (the holder id
-- then points at nothing), so that coordinators can still answer "who looked at it".
create table personal_data_access (
    id         bigserial primary key,
    user_id    uuid not null,
    user_name  text not null,
    holder_id  uuid not null,
    what       text not null,
    read_at    timestamptz not null default now()
);
create index personal_data_access_recent on personal_data_access (read_at desc);
create index personal_data_access_by_holder on personal_data_access (holder_id, read_at desc);
