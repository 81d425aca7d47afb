-- What the platform reads for the agenda of a month (GET /agenda?month=...): the page of 20 events (21 read) by
-- start, their slots and their questions.
\set m random(0, 47)
with page as (
    select e.* from event e
    where e.status = 'published'
      and e.starts_at >= date_trunc('month', now() - interval '3 years') + make_interval(months => :m)
      and e.starts_at < date_trunc('month', now() - interval '3 years') + make_interval(months => :m + 1)
    order by e.starts_at, e.id limit 21)
select p.id, p.title, p.starts_at,
       array(select s.starts_at from event_slot s where s.event_id = p.id order by s.position) as slots,
       array(select q.label from event_question q where q.event_id = p.id order by q.position) as questions
from page p;
