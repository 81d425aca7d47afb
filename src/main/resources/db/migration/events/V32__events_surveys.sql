-- After an event, its attendees receive a short satisfaction survey: a mark from 1 to 5, what was
-- useful, what they will apply. One answer per registration; the survey's link is the
-- registration's own, so no account is needed.
alter table event add column survey_sent_at timestamptz;

create table survey_answer (
    registration_id uuid primary key references registration (id) on delete cascade,
    event_id        uuid not null references event (id) on delete cascade,
    satisfaction    smallint not null check (satisfaction between 1 and 5),
    useful          text check (length(useful) <= 2000),
    will_apply      text check (length(will_apply) <= 2000),
    answered_at     timestamptz not null default now()
);
create index survey_answer_by_event on survey_answer (event_id);
