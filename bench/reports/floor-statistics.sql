-- The statistics dashboard's SQL for a random year of the agenda, as NetworkStatistics runs it: the
-- year's welcome requests by month and the 30 busiest desks' months (V43), referrals by month, status and
-- outcome and installations by month (V42), the 20 busiest structures with their median answer time,
-- the agenda month by month from the events' counts (V44), and the leads per territory.
\set y random(0, 3)
select month, sum(requests) from intake_channel_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1)
  and month < make_date(extract(year from now())::int - 2 + :y, 1, 1) group by month;
with busiest as (
    select desk_organisation_id, requests from intake_desk_year_tally
    where year = extract(year from now())::int - 3 + :y and requests > 0 order by requests desc limit 30)
select t.desk_organisation_id, t.month, t.requests
from busiest b join intake_desk_tally t on t.desk_organisation_id = b.desk_organisation_id
where t.month >= make_date(extract(year from now())::int - 3 + :y, 1, 1)
  and t.month < make_date(extract(year from now())::int - 2 + :y, 1, 1) and t.requests <> 0;
select month, status, outcome, referrals from referral_month_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1)
  and month < make_date(extract(year from now())::int - 2 + :y, 1, 1) and referrals <> 0;
select month, installations, jobs from installation_month_tally
where month >= make_date(extract(year from now())::int - 3 + :y, 1, 1)
  and month < make_date(extract(year from now())::int - 2 + :y, 1, 1) and installations <> 0;
with busiest as (
    select organisation_id, received, answered from referral_structure_tally
    where year = extract(year from now())::int - 3 + :y and received > 0
    order by received desc, organisation_id limit 20)
select b.organisation_id, b.received, b.answered,
       (select percentile_cont(0.5) within group (order by extract(epoch from r.answered_at - r.sent_at) / 86400.0)
        from referral r
        where r.organisation_id = b.organisation_id and r.answered_at is not null
          and r.sent_at >= make_timestamptz(extract(year from now())::int - 3 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
          and r.sent_at < make_timestamptz(extract(year from now())::int - 2 + :y, 1, 1, 0, 0, 0, 'Europe/Paris'))
from busiest b;
select date_trunc('month', e.starts_at at time zone 'Europe/Paris')::date, count(*),
       coalesce(sum(r.registered), 0), coalesce(sum(r.attended), 0)
from event e left join event_registration_tally r on r.event_id = e.id
where e.status = 'published'
  and e.starts_at >= make_timestamptz(extract(year from now())::int - 3 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
  and e.starts_at < make_timestamptz(extract(year from now())::int - 2 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
group by 1;
select r.organisation_id, count(*) from stand_lead l join lead_route r on r.lead_id = l.id
where l.created_at >= make_timestamptz(extract(year from now())::int - 3 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
  and l.created_at < make_timestamptz(extract(year from now())::int - 2 + :y, 1, 1, 0, 0, 0, 'Europe/Paris')
group by 1;
