-- The directory proper: organisations described as DESIGN.md says, their support schemes
-- (dispositifs), the perimeters they cover, moderation and error reports.

alter table organisation drop constraint organisation_kind_check;
alter table organisation
    add constraint organisation_kind_check
        check (kind in ('support_structure', 'funder', 'network', 'local_authority', 'initiative')),
    add column family text check (family in ('inform_orient', 'fund', 'represent_support')),
    add column sub_kind text check (sub_kind in ('centre_ressources', 'cress', 'reseau_rural', 'fonds_europeens',
        'financeur_public', 'finance_solidaire', 'fondation', 'reseau_developpement_local', 'reseau_ess',
        'accompagnateur_ess', 'accompagnateur_generaliste', 'collectivite', 'tiers_lieu', 'chambre_consulaire',
        'service_public_emploi', 'gal_leader', 'initiative_ess')),
    add column area text not null default 'both' check (area in ('urban', 'rural', 'both')),
    add column description text not null default '',
    add column siret text check (siret ~ '^[0-9]{14}$'),
    add column website text check (website ~ '^https?://'),
    add column email text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    add column phone text,
    add column address text,
    add column commune_code text check (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    add column latitude double precision check (latitude between -90 and 90),
    add column longitude double precision check (longitude between -180 and 180),
    add column networks text[] not null default '{}',
    add column challenges text[] not null default '{}',
    add column sectors text[] not null default '{}',
    add column status text not null default 'published' check (status in ('proposed', 'published', 'rejected')),
    add column proposed_by text,
    add column last_verified_on date,
    add column updated_at timestamptz not null default now(),
    add column search_name text generated always as (search_normalize(name)) stored,
    add column search tsvector generated always as (
        setweight(to_tsvector('french_unaccent'::regconfig, name), 'A')
        || setweight(to_tsvector('french_unaccent'::regconfig, description), 'B')) stored,
    add constraint organisation_family_unless_initiative check ((kind = 'initiative') = (family is null)),
    add constraint organisation_coordinates_together check ((latitude is null) = (longitude is null));

create index organisation_search on organisation using gin (search);
create index organisation_name_trgm on organisation using gin (search_name gin_trgm_ops);
create index organisation_status on organisation (status);
-- What a search reads of each candidate, so that a commune's thousands of candidates are read from
-- the index alone (once vacuumed) rather than from the table.
create index organisation_listing on organisation (id) include (status, family, kind, area, search_name, sectors);

create table scheme (
    id               uuid primary key default gen_random_uuid(),
    organisation_id  uuid not null references organisation on delete cascade,
    name             text not null check (length(trim(name)) between 3 and 150),
    description      text not null default '',
    type             text not null check (type in ('accompagnement', 'subvention', 'pret', 'pret_honneur', 'garantie',
        'investissement_solidaire', 'financement_participatif', 'formation', 'couveuse', 'cae', 'espace_test',
        'mise_en_reseau', 'appel_a_projets', 'lieu')),
    stages           text[] not null default '{}',
    project_kinds    text[] not null default '{}',
    sectors          text[] not null default '{}',
    publics          text[] not null default '{}',
    ess_only         boolean not null default false,
    collective_only  boolean not null default false,
    calendar         text not null default 'always' check (calendar in ('always', 'recurring', 'deadline')),
    opens_on         date,
    closes_on        date,
    amount_min       integer check (amount_min >= 0),
    amount_max       integer check (amount_max >= 0),
    how_to_apply     text,
    website          text check (website ~ '^https?://'),
    status           text not null default 'published' check (status in ('proposed', 'published', 'rejected')),
    proposed_by      text,
    last_verified_on date,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    search_name      text generated always as (search_normalize(name)) stored,
    search tsvector generated always as (
        setweight(to_tsvector('french_unaccent'::regconfig, name), 'A')
        || setweight(to_tsvector('french_unaccent'::regconfig, description), 'B')) stored,
    check (opens_on is null or closes_on is null or opens_on <= closes_on),
    check (calendar <> 'deadline' or closes_on is not null),
    check (amount_min is null or amount_max is null or amount_min <= amount_max)
);
create index scheme_organisation on scheme (organisation_id);
create index scheme_search on scheme using gin (search);
create index scheme_name_trgm on scheme using gin (search_name gin_trgm_ops);

-- Coverage: the perimeters (territory module, referenced by id) where an entry acts. Every scheme
-- has its own; when none is given, it gets its organisation's.
create table organisation_coverage (
    organisation_id uuid not null references organisation on delete cascade,
    perimeter_id    uuid not null,
    primary key (organisation_id, perimeter_id)
);
create index organisation_coverage_by_perimeter on organisation_coverage (perimeter_id, organisation_id);

create table scheme_coverage (
    scheme_id    uuid not null references scheme on delete cascade,
    perimeter_id uuid not null,
    primary key (scheme_id, perimeter_id)
);
create index scheme_coverage_by_perimeter on scheme_coverage (perimeter_id, scheme_id);

-- Errors reported by visitors on a public page, waiting for a coordinator.
create table entry_report (
    id              bigint generated always as identity primary key,
    organisation_id uuid not null references organisation on delete cascade,
    scheme_id       uuid references scheme on delete cascade,
    message         text not null check (length(trim(message)) between 5 and 2000),
    reporter_email  text check (reporter_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    created_at      timestamptz not null default now(),
    closed_at       timestamptz,
    closed_by       text
);
create index entry_report_open on entry_report (created_at) where closed_at is null;
