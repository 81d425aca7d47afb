-- Outcomes over time. When a structure closes a referral as "installé" (or as "accompagné" or
-- "financé", later), its advisors are asked what became of the project: installed where and when,
-- with how many jobs; then, from the installation date, whether the activity still runs at one and
-- at three years. One row per question asked; the answer is written on it.
create table outcome_follow_up (
    id               uuid primary key default gen_random_uuid(),
    referral_id      uuid not null references referral (id) on delete cascade,
    project_id       uuid not null,
    organisation_id  uuid not null,
    milestone        text not null check (milestone in ('installation', 'one_year', 'three_years')),
    due_on           date not null,
    -- The e-mail asking it, and the one reminder a month later.
    asked_at         timestamptz,
    reminded_at      timestamptz,
    answered_at      timestamptz,
    answered_by_name text,
    -- installation: 'installe', 'en_cours' (asked again six months later) or 'abandonne';
    -- one_year / three_years: 'active' or 'arretee'.
    answer           text check (answer in ('installe', 'en_cours', 'abandonne', 'active', 'arretee')),
    commune_code     text check (commune_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    installed_on     date,
    jobs             smallint check (jobs between 0 and 9999),
    comment          text check (length(comment) <= 2000),
    unique (referral_id, milestone, due_on),
    check ((answered_at is null) = (answer is null)),
    check (answer is null or (milestone = 'installation') = (answer in ('installe', 'en_cours', 'abandonne'))),
    check (answer <> 'installe' or (commune_code is not null and installed_on is not null and jobs is not null))
);
-- The questions still open, by due date (the daily job) and by structure (the inbox).
create index outcome_follow_up_due on outcome_follow_up (due_on) where answered_at is null;
create index outcome_follow_up_open on outcome_follow_up (organisation_id, due_on) where answered_at is null;
create index outcome_follow_up_by_project on outcome_follow_up (project_id);

alter table timeline_event drop constraint timeline_event_kind_check;
alter table timeline_event add constraint timeline_event_kind_check
    check (kind in ('referral_sent', 'referral_accepted', 'referral_declined', 'referral_question',
                    'referral_reminded', 'referral_expired', 'referral_closed', 'handed_over', 'note',
                    'outcome_recorded'));
