-- Programmes (démarches): a programme of the network over some years, with its lead organisation,
-- project team, steering committee, partners and funders, its objectives, and its actions (sessions,
-- events, stands, working groups, offers campaigns). Each action, and the programme, carries the
-- coordinator's description, objectives and assessment, which the reports (bilans) put beside the
-- figures computed from the other modules' data. Events, groups and organisations belong to other
-- modules (ids only).
create table programme (
    id                   uuid primary key default gen_random_uuid(),
    name                 text not null unique check (length(trim(name)) between 3 and 200),
    first_year           smallint not null check (first_year between 2000 and 2100),
    last_year            smallint not null check (last_year between 2000 and 2100),
    lead_organisation_id uuid,
    team                 text check (length(team) <= 2000),
    steering_committee   text check (length(steering_committee) <= 2000),
    partners             text check (length(partners) <= 2000),
    funders              text[] not null default '{}' check (cardinality(funders) <= 20),
    objectives           text[] not null default '{}' check (cardinality(objectives) <= 10),
    description          text check (length(description) <= 8000),
    assessment           text check (length(assessment) <= 8000),
    created_at           timestamptz not null default now(),
    check (last_year >= first_year)
);
create index programme_funders on programme using gin (funders);

create table programme_action (
    id           uuid primary key default gen_random_uuid(),
    programme_id uuid not null references programme (id) on delete cascade,
    kind         text not null check (kind in ('session', 'evenement', 'stand', 'groupe_travail', 'campagne_offres')),
    title        text not null check (length(trim(title)) between 3 and 200),
    year         smallint not null check (year between 2000 and 2100),
    -- The event it is (a session, an event, a stand), once at most; the working group; or the
    -- campaign's period.
    event_id     uuid unique,
    group_id     uuid,
    period_start date,
    period_end   date,
    -- Part of the programme's plan, not held yet.
    planned      boolean not null default false,
    description  text check (length(description) <= 8000),
    objectives   text check (length(objectives) <= 4000),
    assessment   text check (length(assessment) <= 8000),
    created_at   timestamptz not null default now(),
    check (kind not in ('session', 'evenement', 'stand') or event_id is not null or planned),
    check (kind = 'campagne_offres' or period_start is null),
    check (kind <> 'campagne_offres' or planned or (period_start is not null and period_end > period_start))
);
create index programme_action_by_programme on programme_action (programme_id, year, created_at);
