-- The SQL the platform runs for the GeoJSON of a département's organisations: the ids in name
-- order (SearchSql.allIds) and their markers (DirectorySearch.mapPoints).
\set n random(1, 34969)
select departement_code as departement from bench_commune_index where n = :n \gset
select id, name, kind, family, latitude, longitude from organisation
where id = any(array(select x.entry_id from organisation_reach x where x.first and x.departement_code = ':departement'
                     order by x.sort_name, x.entry_id limit 5000))
  and latitude is not null;
