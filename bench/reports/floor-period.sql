-- The yearly report's SQL for a random year of the agenda, as ProgrammeReports.annual runs it: the
-- year's events added up with their registrations' counts, survey answers, stand tallies and leads
-- (EventIndicators.period), and the counts the database keeps for referrals, installations and
-- welcome requests (V42, V43), and the offers published.
\set y random(0, 3)
with held as (
    select e.id, e.kind from event e
    where e.status = 'published'
      and e.starts_at >= make_timestamptz(extract(year from now())::int - 3 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
      and e.starts_at < make_timestamptz(extract(year from now())::int - 2 + :y, 1, 1, 0, 0, 0, 'Europe/Paris'))
select h.kind, count(*), sum(r.registered), sum(r.attended), sum(s.answers), sum(t.holders), sum(l.leads)
from held h
left join event_registration_tally r on r.event_id = h.id
left join (select event_id, count(*) as answers from survey_answer where event_id in (select id from held)
           group by event_id) s on s.event_id = h.id
left join (select event_id, count(*) filter (where kind = 'porteur_conseille') as holders from stand_tap
           where event_id in (select id from held) group by event_id) t on t.event_id = h.id
left join (select event_id, count(*) as leads from stand_lead where event_id in (select id from held)
           group by event_id) l on l.event_id = h.id
group by h.kind;
select status, outcome, sum(referrals) from referral_month_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1) and month < make_date(extract(year from now())::int - 2 + :y, 1, 1) group by 1, 2;
select sum(installations), sum(jobs) from installation_month_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1) and month < make_date(extract(year from now())::int - 2 + :y, 1, 1);
select channel, sum(requests) from intake_channel_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1) and month < make_date(extract(year from now())::int - 2 + :y, 1, 1) group by 1;
select count(*) from offer
where published_at >= make_timestamptz(extract(year from now())::int - 3 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
  and published_at < make_timestamptz(extract(year from now())::int - 2 + :y, 1, 1, 0, 0, 0, 'Europe/Paris');
