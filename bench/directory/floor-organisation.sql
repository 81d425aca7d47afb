-- The SQL the platform runs for an organisation's page.
\set n random(1, 100000)
select o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
from organisation o where o.id = (select id from bench_organisation_index where n = :n);
select s.* from scheme s where s.organisation_id = (select id from bench_organisation_index where n = :n) and s.status = 'published';
