-- A scheme's funding rate: the share of the eligible expenses it pays, up to 100 %.
alter table scheme add column rate_percent numeric(5, 2) check (rate_percent > 0 and rate_percent <= 100);

-- Scheme alerts, without an account: an address follows the schemes covering a commune for a kind of project
-- (and, if said, a sector). The address confirms by a link; a weekly digest then lists the schemes published
-- since the last one and those whose window closes soon; every digest carries the one-click unsubscribe link.
create table scheme_alert (
    id               uuid primary key default gen_random_uuid(),
    email            text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    commune_code     text not null check (commune_code ~ '^[0-9AB]{5}$'),
    project_kind     text not null,
    sector           text,
    token            text not null unique,
    created_at       timestamptz not null default now(),
    confirmed_at     timestamptz,
    unsubscribed_at  timestamptz,
    -- The last digest run for this alert: the next one holds the schemes published since.
    last_run_at      timestamptz
);
create index scheme_alert_active on scheme_alert (last_run_at)
    where confirmed_at is not null and unsubscribed_at is null;
create unique index scheme_alert_once on scheme_alert (lower(email), commune_code, project_kind, coalesce(sector, ''))
    where unsubscribed_at is null;

-- What a digest announced, so that a new scheme and each closing date are said once per alert. A new scheme has
-- no closing date here; a deadline has the date it announced (a recurring scheme's next year is a new one).
create table scheme_alert_announced (
    alert_id   uuid not null references scheme_alert on delete cascade,
    scheme_id  uuid not null references scheme on delete cascade,
    closes_on  date not null default '-infinity',
    primary key (alert_id, scheme_id, closes_on)
);
