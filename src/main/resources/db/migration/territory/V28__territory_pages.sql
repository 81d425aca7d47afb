-- Territory pages: how a territory that joins presents itself to newcomers. One page per perimeter
-- (an EPCI, a pays, a PNR...), written by the agents of the organisation that runs it (the
-- organisation belongs to the directory and is referred to by id).
create table territory_page (
    id              uuid primary key default gen_random_uuid(),
    perimeter_id    uuid not null unique references perimeter (id),
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    organisation_id uuid not null,
    name            text not null check (length(trim(name)) between 3 and 150),
    tagline         text check (length(tagline) <= 300),
    living          text check (length(living) <= 4000),
    services        text check (length(services) <= 4000),
    mobility        text check (length(mobility) <= 4000),
    housing         text check (length(housing) <= 4000),
    schools         text check (length(schools) <= 4000),
    updated_at      timestamptz not null default now()
);
create index territory_page_by_organisation on territory_page (organisation_id);
