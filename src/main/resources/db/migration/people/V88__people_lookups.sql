-- Every look at a person's data through the people's page: who, what (their history, its export, its erasure),
-- when. The address is kept as its SHA-256 digest only, so that the journal says whether a given address was
-- looked up without keeping it once the person is erased.
create table person_lookup (
    id             bigserial primary key,
    user_id        uuid not null,
    user_name      text not null,
    action         text not null check (action in ('history', 'export', 'erasure')),
    address_digest text not null check (address_digest ~ '^[0-9a-f]{64}$'),
    at             timestamptz not null default now()
);
create index person_lookup_recent on person_lookup (at desc);
