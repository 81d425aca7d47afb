-- The SQL the platform runs for an organisation's page: the organisation, its schemes and the
-- related organisations (RelatedEntries); the coverage's names and the commune come from memory.
\set n random(1, 100000)
select o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
from organisation o where o.id = (select id from bench_organisation_index where n = :n);
select s.* from scheme s where s.organisation_id = (select id from bench_organisation_index where n = :n) and s.status = 'published';
with mine as (select perimeter_id, family, sectors from organisation_reach where entry_id = (select id from bench_organisation_index where n = :n)),
candidates as (
select r.entry_id, r.sort_name, case when r.sectors && m.sectors then 0 else 1 end as tier
from mine m cross join lateral (
(select * from organisation_reach r where r.perimeter_id = m.perimeter_id and r.entry_id <> (select id from bench_organisation_index where n = :n)
and r.family is not distinct from m.family and r.sectors && m.sectors
order by r.sort_name, r.entry_id limit 6)
union all
(select * from organisation_reach r where r.perimeter_id = m.perimeter_id and r.entry_id <> (select id from bench_organisation_index where n = :n)
and r.family is not distinct from m.family
order by r.sort_name, r.entry_id limit 6)) r)
select entry_id from candidates
group by entry_id order by min(tier), min(sort_name), entry_id limit 6;
