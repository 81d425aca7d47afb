-- Links e-mailed to an address that has no account on the platform (a structure's contact address), each giving
-- access to one thing (a referral, a welcome request) for one purpose. Only the token's SHA-256 is kept, so a leaked
-- table opens nothing; an expired link is still found by its hash, so that its holder can ask for a fresh one, sent to
-- the same address only.
create table emailed_link (
    id           uuid primary key default gen_random_uuid(),
    purpose      text        not null check (purpose ~ '^[a-z][a-z-]{1,39}$'),
    subject_id   uuid        not null,
    email        text        not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    -- Whom the link speaks for, as the actor's name in histories and access logs ("Contact de …").
    actor_name   text        not null check (length(actor_name) between 1 and 300),
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    check (expires_at > created_at)
);
create index emailed_link_by_subject on emailed_link (purpose, subject_id);
