-- The monthly digest of entries to check: one row per month and recipient, written before the
-- e-mail goes, so that several instances send each digest once and a restart catches up.
create table stale_digest_sent (
    period  text not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    email   text not null,
    entries integer not null check (entries > 0),
    sent_at timestamptz not null default now(),
    primary key (period, email)
);
