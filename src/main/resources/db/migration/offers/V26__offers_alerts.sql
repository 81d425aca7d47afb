-- Saved offer searches sent as e-mail digests, without an account: the address is confirmed by a
-- link first; every digest carries the link that unsubscribes in one click. The search is kept as
-- the query string of the search page, so that the digest, the page and the feed agree.
create table offer_alert (
    id               uuid primary key default gen_random_uuid(),
    email            text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    query            text not null check (length(query) <= 2000),
    frequency        text not null check (frequency in ('daily', 'weekly')),
    token            text not null unique,
    created_at       timestamptz not null default now(),
    confirmed_at     timestamptz,
    unsubscribed_at  timestamptz,
    -- The last digest run for this alert: the next one holds the offers published since.
    last_run_at      timestamptz
);
create index offer_alert_active on offer_alert (frequency, last_run_at)
    where confirmed_at is not null and unsubscribed_at is null;
-- One address follows a given search once.
create unique index offer_alert_once on offer_alert (lower(email), query) where unsubscribed_at is null;
