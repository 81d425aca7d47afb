-- Shared stands: the territories that hold a stand together at a fair, the one-tap tallies the team
-- keeps (each tap a row, so that tallies add up and a mistaken tap can be taken back), and the leads
-- captured there, each routed to the territories the person looks at, who record what they did.
create table stand_territory (
    event_id        uuid not null references event (id) on delete cascade,
    organisation_id uuid not null,
    primary key (event_id, organisation_id)
);

create table stand_tap (
    id       bigserial primary key,
    event_id uuid not null references event (id) on delete cascade,
    kind     text not null check (kind in ('porteur_conseille', 'partenaire')),
    at       timestamptz not null default now(),
    by_user  uuid
);
create index stand_tap_by_event on stand_tap (event_id, kind);

create table stand_lead (
    id         uuid primary key default gen_random_uuid(),
    event_id   uuid not null references event (id) on delete cascade,
    name       text check (length(name) <= 150),
    email      text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    phone      text check (length(phone) <= 30),
    consent    boolean not null,
    interests  text check (length(interests) <= 1000),
    areas      text check (length(areas) <= 500),
    created_at timestamptz not null default now(),
    created_by uuid,
    -- Contact details only with the person's consent.
    check (consent or (name is null and email is null and phone is null))
);

create table lead_route (
    lead_id         uuid not null references stand_lead (id) on delete cascade,
    organisation_id uuid not null,
    action          text not null default 'nouveau'
                    check (action in ('nouveau', 'contacte', 'rencontre', 'oriente', 'installe')),
    note            text check (length(note) <= 2000),
    updated_at      timestamptz not null default now(),
    primary key (lead_id, organisation_id)
);
create index lead_route_by_organisation on lead_route (organisation_id, updated_at desc);
