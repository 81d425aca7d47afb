-- Organisations of the directory: support structures, funders, networks and local authorities.
-- Their descriptions, coverage and schemes come with the directory's own issue.

create table organisation (
    id         uuid primary key default gen_random_uuid(),
    name       text not null check (length(trim(name)) > 0),
    kind       text not null check (kind in ('support_structure', 'funder', 'network', 'local_authority')),
    created_at timestamptz not null default now()
);
create unique index organisation_name on organisation (search_normalize(name));
