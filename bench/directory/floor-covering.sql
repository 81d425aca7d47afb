-- The SQL the platform runs for a search by commune only (organisations): the page in name order,
-- each covering perimeter read from the listing index, with the total (SearchSql.page), and the
-- page's organisations (OrganisationRepository.findAll), here in one statement.
\set n random(1, 34969)
select perimeters, localities from bench_covering where n = :n \gset
with covering as (select * from unnest(':perimeters'::uuid[], ':localities'::int[]) as c(perimeter_id, locality)),
page as (
    select p.id, c.locality, c.perimeter_id as through,
           (select count(*) from covering c join organisation_reach x on x.perimeter_id = c.perimeter_id
            where (x.single or not exists (select 1 from organisation_reach d join covering dc on dc.perimeter_id = d.perimeter_id
                                           where d.entry_id = x.entry_id and (dc.locality, dc.perimeter_id) < (c.locality, c.perimeter_id)))) as total
    from covering c cross join lateral (
        select x.entry_id as id, x.sort_name from organisation_reach x
        where x.perimeter_id = c.perimeter_id
          and (x.single or not exists (select 1 from organisation_reach d join covering dc on dc.perimeter_id = d.perimeter_id
                                       where d.entry_id = x.entry_id and (dc.locality, dc.perimeter_id) < (c.locality, c.perimeter_id)))
        order by x.sort_name, x.entry_id limit 20) p
    order by c.locality, p.sort_name, p.id limit 20 offset 0)
select page.*, o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
from page join organisation o on o.id = page.id;
