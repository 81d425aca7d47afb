-- A person asks to join a structure's entry (to become its member on the platform): with their professional
-- address, which they confirm from an e-mail before any coordinator sees the request, and the structure's SIRET
-- when the entry has one. A coordinator approves (they become a member) or refuses with a reason.
create table organisation_claim (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid        not null references organisation (id) on delete cascade,
    name            text        not null check (length(trim(name)) between 2 and 150),
    email           text        not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    job_title       text        check (length(job_title) <= 150),
    siret           text        check (siret ~ '^[0-9]{14}$'),
    message         text        check (length(message) <= 2000),
    status          text        not null default 'unconfirmed'
                    check (status in ('unconfirmed', 'waiting', 'approved', 'refused')),
    created_at      timestamptz not null default now(),
    confirmed_at    timestamptz,
    decided_at      timestamptz,
    decided_by      text,
    refusal_reason  text        check (length(refusal_reason) <= 2000),
    check ((status in ('unconfirmed')) = (confirmed_at is null)),
    check ((status in ('approved', 'refused')) = (decided_at is not null)),
    check (status <> 'refused' or refusal_reason is not null)
);
-- One open request per person and structure: asking again re-sends the confirmation.
create unique index organisation_claim_open_once on organisation_claim (organisation_id, lower(email))
    where status in ('unconfirmed', 'waiting');
create index organisation_claim_waiting on organisation_claim (confirmed_at) where status = 'waiting';
