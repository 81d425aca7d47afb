-- The SQL the platform runs for a search with words, a commune and two filters (family, sector):
-- the page (SearchSql.page) and the page's organisations (OrganisationRepository.findAll), here in
-- one statement. The platform keeps the commune's covering perimeters and the words' spelling in
-- memory; the floor reads the perimeters from bench_covering (picks.sql).
\set n random(1, 34969)
select perimeters, localities, (select count(*) from bench_search_word) as words from bench_covering where n = :n \gset
\set w random(1, :words)
select word from bench_search_word where n = :w \gset
with covering as (select * from unnest(':perimeters'::uuid[], ':localities'::int[]) as c(perimeter_id, locality)),
page as (
    select x.entry_id as id, c.locality, c.perimeter_id as through,
           case when x.name_words @@ websearch_to_tsquery('french_unaccent', ':word') then 2 else 1 end as band,
           ts_rank('{0, 0, 0.1, 1}', x.words, websearch_to_tsquery('french_unaccent', ':word')) as rank,
           count(*) over () as total
    from covering c join organisation_reach x on x.perimeter_id = c.perimeter_id
    where (x.single or not exists (select 1 from organisation_reach d join covering dc on dc.perimeter_id = d.perimeter_id
                                   where d.entry_id = x.entry_id and (dc.locality, dc.perimeter_id) < (c.locality, c.perimeter_id)))
      and x.words @@ websearch_to_tsquery('french_unaccent', ':word')
      and x.family = any('{fund,represent_support}') and x.sectors && '{tourisme,agriculture_alimentation}'::text[]
    order by band desc, locality nulls last, rank desc, x.sort_name, x.entry_id limit 20 offset 0)
select page.*, o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
from page join organisation o on o.id = page.id;
