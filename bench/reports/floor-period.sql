-- The yearly report's heaviest part: the events of a year added up, with their registrations, survey
-- answers, tallies and leads (the query EventIndicators.period runs), for a random year of the agenda.
\set y random(0, 3)
with held as (
    select e.id, e.kind from event e
    where e.status = 'published'
      and e.starts_at >= date_trunc('year', now() - interval '3 years') + make_interval(years => :y)
      and e.starts_at < date_trunc('year', now() - interval '3 years') + make_interval(years => :y + 1))
select h.kind, count(*), sum(r.registered), sum(r.attended)
from held h
left join lateral (select count(*) filter (where status <> 'cancelled') as registered,
                          count(*) filter (where status = 'attended') as attended
                   from registration where event_id = h.id) r on true
group by h.kind;
