-- The SQL the platform runs for a search by commune (organisations), with a random commune.
\set n random(1, 34969)
select p.id, p.kind from perimeter p join perimeter_member m on m.perimeter_id = p.id
  join commune c on c.code = (select code from bench_commune_index where n = :n)
  where (m.member_kind, m.member_code) in (('commune', c.code), ('epci', c.epci_siren), ('departement', c.departement_code),
                                          ('region', c.region_code), ('france', 'FR'));
with covering as (
    select p.id as perimeter_id,
           case p.kind when 'commune' then 0 when 'epci' then 1 when 'departement' then 3 when 'region' then 4 else 5 end as locality
    from perimeter p join perimeter_member m on m.perimeter_id = p.id
    join commune c on c.code = (select code from bench_commune_index where n = :n)
    where (m.member_kind, m.member_code) in (('commune', c.code), ('epci', c.epci_siren), ('departement', c.departement_code),
                                            ('region', c.region_code), ('france', 'FR'))),
 located as (select cv.organisation_id as id, min(c.locality) as locality,
                    (array_agg(c.perimeter_id order by c.locality))[1] as through
             from covering c join organisation_coverage cv on cv.perimeter_id = c.perimeter_id group by cv.organisation_id),
 base as materialized (select x.id, x.search_name as name, x.family, x.kind, x.area, x.sectors, l.locality, l.through, 0 as band, 0::real as rank
                       from organisation x join located l on l.id = x.id where x.status = 'published'),
 page as (select x.id, x.locality, x.through, count(*) over () as total from base x
          order by x.band desc, x.locality nulls last, x.rank desc, x.name, x.id limit 20)
select o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
from organisation o join page on page.id = o.id;
