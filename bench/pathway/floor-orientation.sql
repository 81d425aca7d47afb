-- What the platform reads for a project's orientation (GET /api/v1/projects/{id}/orientation): the
-- access checks (project, holder, consents, requests), the welcome desk of the target commune, the
-- candidate schemes (the types of the two most common needs) and organisations (OrientationCandidates, V79's
-- orientation_schemes and orientation_organisations),
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
select c.perimeter_id, c.rank, s.*, o.name, array(select sc.perimeter_id from scheme_coverage sc where sc.scheme_id = s.id)
from orientation_schemes(':perimeters'::uuid[], ':localities'::int[],
         array['accompagnement', 'couveuse', 'cae', 'espace_test', 'subvention', 'pret', 'pret_honneur', 'garantie',
               'investissement_solidaire', 'financement_participatif', 'appel_a_projets'],
         ':stage', ':kind', ':sectors'::text[],
         '{jeunes,femmes,demandeurs_emploi,minima_sociaux,seniors,personnes_handicap,habitants}'::text[],
         ':ess'::boolean, false, current_date, 16) with ordinality as c
join scheme s on s.id = c.id join organisation o on o.id = s.organisation_id
order by c.ordinality;
select c.perimeter_id, c.rank, o.*, array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id)
from orientation_organisations(':perimeters'::uuid[], ':localities'::int[], 16) with ordinality as c
join organisation o on o.id = c.id
order by c.ordinality;
