-- The official geography (communes, EPCI, départements, régions), the rurality classification
-- imported from INSEE's files, perimeters, and the log of reference imports.

create table region (
    code text primary key,
    name text not null
);

create table departement (
    code        text primary key,
    name        text not null,
    region_code text not null references region
);

create table epci (
    siren      text primary key check (siren ~ '^[0-9]{9}$'),
    name       text not null,
    kind       text not null check (kind in ('CC', 'CA', 'CU', 'METRO', 'MET69')),
    population integer check (population >= 0)
);

create table commune (
    code                    text primary key check (code ~ '^[0-9][0-9AB][0-9]{3}$'),
    name                    text not null,
    departement_code        text not null references departement,
    region_code             text not null references region,
    epci_siren              text references epci,
    population              integer check (population >= 0),
    postal_codes            text[] not null default '{}',
    search_name             text generated always as (search_normalize(name)) stored,
    latitude                double precision check (latitude between -90 and 90),
    longitude               double precision check (longitude between -180 and 180),
    centroid_source         text,
    density_level           smallint check (density_level between 1 and 7),
    density_year            smallint,
    city_attraction_category text check (city_attraction_category ~ '^[0-9]{2}$'),
    city_attraction_year    smallint,
    check ((density_level is null) = (density_year is null)),
    check ((city_attraction_category is null) = (city_attraction_year is null)),
    check ((latitude is null) = (longitude is null))
);
create index commune_search_name_trgm on commune using gin (search_name gin_trgm_ops);
create index commune_postal_codes on commune using gin (postal_codes);
create index commune_epci on commune (epci_siren);
create index commune_departement on commune (departement_code);

-- Which geography is loaded: one row per millésime, so a second start does not reload.
create table geography_load (
    year      smallint primary key,
    source    text not null,
    communes  integer not null,
    loaded_at timestamptz not null default now()
);

-- The rurality rule in force, written from the configuration at start-up (one row).
create table rurality_rule (
    id                       boolean primary key default true check (id),
    rural_density_levels     smallint[] not null,
    autonomous_attraction_categories text[] not null
);
insert into rurality_rule values (true, '{5,6,7}', '{30}');

-- The derived flags, computed from the commune's classification and the rule in force:
-- null (unknown) while the commune is not classified, never guessed.
create view commune_rurality as
select c.code,
       case when c.density_level is null then null
            else c.density_level = any (r.rural_density_levels) end as rural,
       case when c.density_level is null then null
            when not (c.density_level = any (r.rural_density_levels)) then false
            when c.city_attraction_category is null then null
            else c.city_attraction_category = any (r.autonomous_attraction_categories) end as rural_autonomous
from commune c cross join rurality_rule r;

create table perimeter (
    id   uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('commune', 'epci', 'departement', 'region', 'pays', 'pnr',
                                        'gal_leader', 'custom', 'france')),
    name text not null check (length(trim(name)) > 0),
    -- the official code for the kinds that have one (commune, epci, departement, region, france)
    code text,
    unique (kind, code),
    check ((code is null) = (kind in ('pays', 'pnr', 'gal_leader', 'custom')))
);

-- A perimeter is a union of official territories; a commune is covered when it, its EPCI,
-- its département, its région or the country is a member.
create table perimeter_member (
    perimeter_id uuid not null references perimeter on delete cascade,
    member_kind  text not null check (member_kind in ('commune', 'epci', 'departement', 'region', 'france')),
    member_code  text not null,
    primary key (perimeter_id, member_kind, member_code)
);
create index perimeter_member_by_member on perimeter_member (member_kind, member_code);

create table reference_import (
    id             bigint generated always as identity primary key,
    kind           text not null check (kind in ('density-grid', 'city-attraction', 'centroids')),
    file_name      text not null,
    source_year    smallint,
    rows_read      integer not null,
    communes_updated integer not null,
    unknown_codes  text[] not null,
    missing_codes  text[] not null,
    imported_by    text not null,
    imported_at    timestamptz not null default now()
);
