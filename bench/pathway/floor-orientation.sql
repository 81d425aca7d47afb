-- What the platform reads for a project's orientation (GET /api/v1/projects/{id}/orientation): the
-- access checks (project, holder, consents, requests), the welcome desk of the target commune, the
-- candidate schemes (the types of the two most common needs; OrientationCandidates, V79's orientation_schemes) with
-- their entries, and the check that the place's candidate organisations kept in memory are still exact.
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
-- The candidate organisations of the place, kept in memory since a snapshot: only the check that no organisation
-- of its perimeters changed since (V100; the read itself, V79's orientation_organisations with the entries, is what a
-- place's first orientation, or the first after a change there, runs instead).
select not exists (select from organisation_reach_change c
                   where c.perimeter_id = any(':perimeters'::uuid[])
                     and not pg_visible_in_snapshot(c.txid, pg_current_snapshot()));
