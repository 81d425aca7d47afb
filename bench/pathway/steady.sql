-- The bench's data as the platform's hourly jobs leave them, run before every measurement (bench/lib.sh): the data
-- age between the day they were made and each run, and a referral unanswered for 30 days has expired, one of 7 and
-- 14 days been reminded (ReferralFollowUp), an outcome question due been asked and, a month later, reminded
-- (FollowUpPrompts). Without this, the first of those jobs to fire in a run would work through a backlog of hundreds
-- of thousands (every referral generated 'sent' more than 30 days ago) while the scenarios are measured. Silent: the
-- e-mails those jobs send are not sent. Cheap when nothing is due.
with expired as (
    update referral set status = 'expired', reminders_sent = 2
    where status = 'sent' and sent_at <= now() - interval '30 days'
    returning id, project_id, organisation_id, sent_at
)
insert into timeline_event (project_id, at, kind, actor_name, organisation_id, referral_id, detail)
select project_id, sent_at + interval '30 days', 'referral_expired', null, organisation_id, id, null from expired;

with reminded as (
    update referral set reminders_sent = case when sent_at <= now() - interval '14 days' then 2 else 1 end
    where status = 'sent' and sent_at <= now() - interval '7 days'
      and reminders_sent < case when sent_at <= now() - interval '14 days' then 2 else 1 end
    returning id, project_id, organisation_id, sent_at, reminders_sent
)
insert into timeline_event (project_id, at, kind, actor_name, organisation_id, referral_id, detail)
select project_id, sent_at + make_interval(days => 7 * reminders_sent), 'referral_reminded', null, organisation_id, id,
       (7 * reminders_sent)::text
from reminded;

update outcome_follow_up set asked_at = due_on::timestamptz
where answered_at is null and asked_at is null and due_on <= current_date;

update outcome_follow_up set reminded_at = asked_at + interval '30 days'
where answered_at is null and reminded_at is null and asked_at <= now() - interval '30 days';
