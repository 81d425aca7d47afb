-- Pathway: the referrals (mises en relation) of a project to organisations, their answers and
-- outcomes, and the project's timeline. Projects, organisations and users belong to other modules
-- and are referred to by id only.

create table referral (
    id                uuid primary key default gen_random_uuid(),
    project_id        uuid not null,
    organisation_id   uuid not null,
    scheme_id         uuid,
    message           text not null check (length(trim(message)) between 1 and 4000),
    status            text not null default 'sent'
                      check (status in ('sent', 'accepted', 'declined', 'expired', 'closed')),
    sent_by           uuid not null,
    sent_by_name      text not null,
    sent_at           timestamptz not null default now(),
    answered_by_name  text,
    answered_at       timestamptz,
    decline_reason    text check (length(decline_reason) <= 2000),
    outcome           text check (outcome in ('accompagne', 'finance', 'installe', 'reoriente', 'abandon', 'injoignable')),
    closed_at         timestamptz,
    -- Reminders sent to the structure while it has not answered: at 7 and 14 days; expiry at 30.
    reminders_sent    smallint not null default 0 check (reminders_sent between 0 and 2),
    check (status <> 'declined' or decline_reason is not null),
    check ((status = 'closed') = (outcome is not null))
);
-- One open referral of a project to an organisation at a time.
create unique index referral_open_once on referral (project_id, organisation_id) where status in ('sent', 'accepted');
create index referral_inbox on referral (organisation_id, sent_at desc);
create index referral_by_project on referral (project_id, sent_at);
create index referral_unanswered on referral (sent_at) where status = 'sent';

create table timeline_event (
    id              bigserial primary key,
    project_id      uuid not null,
    at              timestamptz not null default now(),
    kind            text not null check (kind in ('referral_sent', 'referral_accepted', 'referral_declined',
                        'referral_question', 'referral_reminded', 'referral_expired', 'referral_closed', 'handed_over', 'note')),
    actor_name      text,
    organisation_id uuid,
    referral_id     uuid references referral (id) on delete cascade,
    detail          text check (length(detail) <= 4000)
);
create index timeline_by_project on timeline_event (project_id, at, id);
