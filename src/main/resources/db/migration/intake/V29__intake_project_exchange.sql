-- The project exchange (bourse aux projets rural–urbain): a holder publishes an anonymous card of a
-- project — what it is, what they look for, which areas — that territory agents browse; an agent
-- expresses their territory's interest with a message; the holder decides whether to answer, and
-- only when they accept is their identity (name, e-mail) shared with that territory.
create table project_card (
    id           uuid primary key default gen_random_uuid(),
    project_id   uuid not null unique references project (id) on delete cascade,
    summary      text not null check (length(trim(summary)) between 20 and 1000),
    looking_for  text not null check (length(trim(looking_for)) between 5 and 1000),
    areas        text check (length(areas) <= 500),
    published_at timestamptz not null default now(),
    withdrawn_at timestamptz
);
create index project_card_published on project_card (published_at desc) where withdrawn_at is null;

create table card_interest (
    id              uuid primary key default gen_random_uuid(),
    card_id         uuid not null references project_card (id) on delete cascade,
    organisation_id uuid not null,
    agent_id        uuid not null,
    agent_name      text not null,
    message         text not null check (length(trim(message)) between 10 and 2000),
    created_at      timestamptz not null default now(),
    answer          text check (answer in ('accepted', 'declined')),
    answered_at     timestamptz,
    check ((answer is null) = (answered_at is null)),
    unique (card_id, organisation_id)
);
create index card_interest_by_organisation on card_interest (organisation_id, created_at desc);
