-- Offers: what rural territories offer people who want to settle and work there — a business to take
-- over, premises, farmland, a job, a need the territory identified, a coworking space or tiers-lieu —
-- published by the territory's organisation, with the local support that comes with it.
-- Organisations, communes and users belong to other modules and are referred to by id or code; where
-- the commune lies (département, région, rurality, centroid) is copied here for search and kept up to
-- date when the geography changes.

create extension if not exists cube;

create table offer (
    id                    uuid primary key default gen_random_uuid(),
    organisation_id       uuid not null,
    kind                  text not null check (kind in ('reprise', 'local', 'foncier_agricole', 'emploi',
                              'besoin_identifie', 'tiers_lieu')),
    title                 text not null check (length(trim(title)) between 5 and 150),
    description           text not null check (length(trim(description)) between 20 and 8000),
    commune_code          text not null check (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    sectors               text[] not null default '{}',
    conditions            text check (length(conditions) <= 4000),
    -- The support package: a named local support, premises or land, a lead for housing, a contact person.
    local_support         text check (length(local_support) <= 2000),
    premises              text check (length(premises) <= 2000),
    housing               text check (length(housing) <= 2000),
    contact_name          text check (length(contact_name) <= 150),
    contact_email         text check (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(contact_email) <= 254),
    contact_phone         text check (length(contact_phone) <= 30),
    qualified             boolean generated always as (
                              coalesce(length(trim(local_support)) > 0 and length(trim(premises)) > 0
                                       and length(trim(housing)) > 0 and length(trim(contact_name)) > 0
                                       and (contact_email is not null or contact_phone is not null), false)) stored,
    available_from        date,
    ends_on               date,
    status                text not null default 'draft'
                          check (status in ('draft', 'published', 'filled', 'withdrawn', 'expired')),
    published_at          timestamptz,
    closed_at             timestamptz,
    expiry_notice_sent_at timestamptz,
    -- The picture, stored in the data folder under offers/<id>: its type and size.
    picture_type          text check (picture_type in ('image/jpeg', 'image/png')),
    picture_bytes         integer check (picture_bytes between 1 and 5242880),
    picture_alt           text check (length(picture_alt) <= 300),
    -- Where the commune lies, copied from the territory module.
    departement_code      text not null,
    region_code           text not null,
    epci_siren            text,
    rural                 boolean,
    latitude              double precision,
    longitude             double precision,
    created_by            uuid not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    search                tsvector generated always as (
                              setweight(to_tsvector('french_unaccent', title), 'A')
                              || setweight(to_tsvector('french_unaccent', description), 'B')
                              || setweight(to_tsvector('french_unaccent', coalesce(conditions, '') || ' '
                                   || coalesce(local_support, '') || ' ' || coalesce(premises, '')), 'C')) stored,
    check (ends_on is null or available_from is null or ends_on >= available_from),
    check ((status = 'draft') = (published_at is null)),
    check ((picture_type is null) = (picture_bytes is null))
);

-- The public search reads published offers only: by words, by place, newest first.
create index offer_search on offer using gin (search) where status = 'published';
create index offer_published on offer (published_at desc, id) include (kind, departement_code, region_code, rural)
    where status = 'published';
create index offer_departement on offer (departement_code, published_at desc) where status = 'published';
create index offer_commune on offer (commune_code) where status = 'published';
create index offer_by_organisation on offer (organisation_id, updated_at desc);
-- The daily job: published offers reaching their end date.
create index offer_ending on offer (ends_on) where status = 'published' and ends_on is not null;
