-- What the platform reads for a project's orientation (GET /api/v1/projects/{id}/orientation): the
-- access checks (project, holder, consents, requests), the welcome desk of the target commune, the
-- candidate schemes (the types of the two most common needs) and organisations (OrientationCandidates),
-- and their entries.
\set n random(1, 1000000)
select p.id as project, p.stage, p.kind, p.sectors, p.ess, b.commune_n
from bench_project_index b join project p on p.id = b.id where b.n = :n \gset
select h.* from project_holder h join project p on p.holder_id = h.id where p.id = ':project';
select distinct on (c.kind) c.kind, c.given from holder_consent c join project p on p.holder_id = c.holder_id
where p.id = ':project' order by c.kind, c.recorded_at desc, c.id desc;
select * from intake_request where project_id = ':project' order by created_at;
select array(select commune_code from project_target_commune where project_id = ':project' order by position);
select perimeters, localities from bench_covering where n = :commune_n \gset
select w.organisation_id from unnest(':perimeters'::uuid[]) with ordinality as p (id, rank)
join welcome_desk w on w.perimeter_id = p.id join organisation o on o.id = w.organisation_id and o.status = 'published'
order by p.rank, o.name limit 1;
with place as (select * from unnest(':perimeters'::uuid[], ':localities'::int[]) as p (id, rank)),
hits as (
    select h.entry_id, h.perimeter_id, p.rank, t.type, h.sort_name
    from place p
    cross join unnest(array['accompagnement', 'couveuse', 'cae', 'espace_test', 'subvention', 'pret', 'pret_honneur',
                            'garantie', 'investissement_solidaire', 'financement_participatif', 'appel_a_projets']) as t (type)
    cross join lateral (
        select r.entry_id, r.perimeter_id, r.sort_name from scheme_reach r
        where r.perimeter_id = p.id and r.type = t.type
          and (cardinality(r.stages) = 0 or ':stage' = any (r.stages))
          and (cardinality(r.sectors) = 0 or cardinality(':sectors'::text[]) = 0 or r.sectors && ':sectors'::text[])
          and (cardinality(r.publics) = 0 or r.publics && '{jeunes,femmes,demandeurs_emploi,minima_sociaux,seniors,personnes_handicap,habitants}'::text[])
          and (not r.ess_only or ':ess'::boolean)
          and (r.calendar = 'always' or ((r.opens_on is null or r.opens_on <= current_date) and (r.closes_on is null or r.closes_on >= current_date)))
        order by r.sort_name, r.entry_id limit 16) h),
best as (select distinct on (entry_id) * from hits order by entry_id, rank),
ranked as (
    select b.entry_id, row_number() over (partition by b.type order by b.rank, b.sort_name, b.entry_id) as n
    from best b join scheme s on s.id = b.entry_id
    where cardinality(s.project_kinds) = 0 or ':kind' = any (s.project_kinds))
select s.*, o.name, array(select sc.perimeter_id from scheme_coverage sc where sc.scheme_id = s.id)
from ranked r join scheme s on s.id = r.entry_id join organisation o on o.id = s.organisation_id where r.n <= 8;
with place as (select * from unnest(':perimeters'::uuid[], ':localities'::int[]) as p (id, rank)),
hits as (
    select h.entry_id, h.perimeter_id, p.rank, g.kind, g.family, h.sort_name
    from place p
    cross join (select k.kind, f.family from unnest(array['support_structure', 'funder', 'network', 'local_authority']) as k (kind)
                cross join unnest(array['inform_orient', 'fund', 'represent_support']) as f (family)) g
    cross join lateral (
        select r.entry_id, r.perimeter_id, r.sort_name from organisation_reach r
        where r.perimeter_id = p.id and r.kind = g.kind and r.family = g.family
        order by r.sort_name, r.entry_id limit 8) h),
best as (select distinct on (entry_id) * from hits order by entry_id, rank),
ranked as (select entry_id, row_number() over (partition by family, kind order by rank, sort_name, entry_id) as n from best)
select o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id)
from ranked r join organisation o on o.id = r.entry_id where r.n <= 8;
