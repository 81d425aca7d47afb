-- What the platform reads for a project's orientation (GET /api/v1/projects/{id}/orientation): the
-- access checks (project, holder, consents, requests), the welcome desk of the target commune, the
-- candidate schemes and organisations (OrientationCandidates) and their entries.
\set n random(1, 1000000)
select p.id as project, p.stage, p.kind, p.sectors, p.ess, b.commune_n
from bench_project_index b join project p on p.id = b.id where b.n = :n \gset
select h.* from project_holder h join project p on p.holder_id = h.id where p.id = :'project';
select distinct on (kind) kind, given from holder_consent c join project p on p.holder_id = c.holder_id
where p.id = :'project' order by kind, recorded_at desc, c.id desc;
select * from intake_request where project_id = :'project' order by created_at;
select array(select commune_code from project_target_commune where project_id = :'project' order by position);
select perimeters, localities from bench_covering where n = :commune_n \gset
select w.organisation_id from unnest(:'perimeters'::uuid[]) with ordinality as p (id, rank)
join welcome_desk w on w.perimeter_id = p.id join organisation o on o.id = w.organisation_id and o.status = 'published'
order by p.rank, o.name limit 1;
with place as (select * from unnest(:'perimeters'::uuid[], :'localities'::int[]) as p (id, rank)),
covering as (
    select distinct on (r.entry_id) r.entry_id, r.perimeter_id, p.rank, r.type, r.sort_name
    from place p join scheme_reach r on r.perimeter_id = p.id
    where (cardinality(r.stages) = 0 or :'stage' = any (r.stages))
      and (cardinality(r.sectors) = 0 or cardinality(:'sectors'::text[]) = 0 or r.sectors && :'sectors'::text[])
      and (cardinality(r.publics) = 0 or r.publics && '{jeunes,femmes,demandeurs_emploi,minima_sociaux,seniors,personnes_handicap,habitants}'::text[])
      and (not r.ess_only or :ess) and (not r.collective_only or true)
      and (r.calendar = 'always' or ((r.opens_on is null or r.opens_on <= current_date) and (r.closes_on is null or r.closes_on >= current_date)))
    order by r.entry_id, p.rank),
ranked as (
    select c.entry_id, row_number() over (partition by c.type order by c.rank, s.last_verified_on desc nulls last, c.sort_name, c.entry_id) as n
    from covering c join scheme s on s.id = c.entry_id
    where cardinality(s.project_kinds) = 0 or :'kind' = any (s.project_kinds))
select s.*, o.name, array(select sc.perimeter_id from scheme_coverage sc where sc.scheme_id = s.id)
from ranked r join scheme s on s.id = r.entry_id join organisation o on o.id = s.organisation_id where r.n <= 8;
with place as (select * from unnest(:'perimeters'::uuid[], :'localities'::int[]) as p (id, rank)),
covering as (
    select distinct on (r.entry_id) r.entry_id, r.perimeter_id, p.rank, r.family, r.kind, r.sort_name
    from place p join organisation_reach r on r.perimeter_id = p.id where r.kind <> 'initiative'
    order by r.entry_id, p.rank),
ranked as (
    select c.entry_id, row_number() over (partition by c.family, c.kind order by c.rank, o.last_verified_on desc nulls last, c.sort_name, c.entry_id) as n
    from covering c join organisation o on o.id = c.entry_id)
select o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id)
from ranked r join organisation o on o.id = r.entry_id where r.n <= 8;
