-- A territory's offers widget: the sites allowed to show it in a frame (their origins, as
-- https://www.example.fr) and the kinds of offer it shows (all when empty).
create table offer_widget (
    organisation_id uuid primary key,
    allowed_origins text[] not null check (cardinality(allowed_origins) between 1 and 10),
    kinds           text[] not null default '{}',
    updated_at      timestamptz not null default now()
);
