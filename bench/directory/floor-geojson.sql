-- The SQL the platform runs for the GeoJSON of a département's organisations.
\set n random(1, 34969)
with base as materialized (
    select x.id, x.name from organisation x
    where x.status = 'published'
      and x.commune_code like (select departement_code from bench_commune_index where n = :n) || '%'),
 ids as (select id from base order by name, id limit 5000)
select o.id, o.name, o.kind, o.family, o.latitude, o.longitude from organisation o join ids on ids.id = o.id;
