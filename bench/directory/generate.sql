-- National-scale synthetic directory, written set-wise by PostgreSQL itself (no row-by-row inserts),
-- on top of the real communes: 100,000 organisations and 150,000 schemes with French vocabulary and
-- a realistic spread of coverage (40 % commune or EPCI, 30 % département, 20 % région, 10 % France).
-- Usage: psql -v organisations=100000 -v schemes=150000 -f generate.sql
\set ON_ERROR_STOP on
\timing on
begin;

create temp table bench_commune as
select row_number() over (order by code) as n, code, name, departement_code, region_code, epci_siren
from commune;

-- Commune perimeters for one commune in ten (the others are covered through their EPCI).
insert into perimeter (kind, name, code)
select 'commune', name, code from bench_commune where n % 10 = 0
on conflict do nothing;
insert into perimeter_member (perimeter_id, member_kind, member_code)
select id, 'commune', code from perimeter where kind = 'commune'
on conflict do nothing;

create temp table bench_word (n int, word text);
insert into bench_word
select ordinality, word from unnest(array[
  'épicerie', 'boulangerie', 'tiers-lieu', 'coopérative', 'installation agricole', 'maraîchage', 'artisanat',
  'mobilité', 'habitat partagé', 'circuits courts', 'numérique', 'tourisme', 'culture', 'réemploi', 'énergie',
  'santé', 'garde d''enfants', 'insertion', 'transmission', 'reprise', 'commerce', 'formation', 'jeunesse',
  'financement', 'prêt d''honneur', 'garantie', 'subvention', 'accompagnement', 'incubateur', 'couveuse'])
  with ordinality as t(word, ordinality);

create temp table bench_org as
select i,
       gen_random_uuid() as id,
       c.code as commune_code, c.name as commune_name, c.departement_code, c.region_code, c.epci_siren,
       i % 10 as coverage_bucket
from generate_series(1, :organisations) as i
join bench_commune c on c.n = 1 + (i * 7919) % 34969;

insert into organisation (id, name, kind, family, sub_kind, area, description, website, commune_code,
                          latitude, longitude, sectors, status, last_verified_on)
select o.id,
       (array['Maison', 'Réseau', 'Coopérative', 'Association', 'Fonds', 'Collectif', 'Agence', 'Plateforme'])[1 + o.i % 8]
         || ' ' || w1.word || ' ' || o.commune_name || ' ' || o.i,
       (array['support_structure', 'funder', 'network', 'local_authority', 'support_structure'])[1 + o.i % 5],
       (array['inform_orient', 'fund', 'represent_support'])[1 + o.i % 3],
       (array['accompagnateur_ess', 'accompagnateur_generaliste', 'finance_solidaire', 'reseau_ess', 'collectivite',
              'tiers_lieu', 'chambre_consulaire', 'fondation'])[1 + o.i % 8],
       (array['rural', 'both', 'urban'])[1 + o.i % 3],
       'Nous accompagnons les projets de ' || w1.word || ' et de ' || w2.word
         || ' à ' || o.commune_name || ', de l''idée à la création, avec un suivi personnalisé.',
       'https://exemple-' || o.i || '.fr',
       o.commune_code,
       42.5 + random() * 8.5, -4.5 + random() * 12.5,
       array[(array['agriculture_alimentation', 'commerce_artisanat', 'services_proximite', 'culture_patrimoine',
                    'tourisme', 'numerique', 'energie_environnement', 'mobilite'])[1 + o.i % 8]],
       'published',
       current_date - (o.i % 900)
from bench_org o
join bench_word w1 on w1.n = 1 + o.i % 30
join bench_word w2 on w2.n = 1 + (o.i / 30) % 30;

-- Each coverage approved as a coordinator's import approves it (V56: a coverage row names its approved change).
with coverage as (
    select o.id as organisation_id, p.id as perimeter_id
    from bench_org o
    join perimeter p on (p.kind, p.code) = (
        case when o.coverage_bucket < 4 and exists (select 1 from perimeter pc where pc.kind = 'commune' and pc.code = o.commune_code)
                  and o.coverage_bucket = 0 then 'commune'
             when o.coverage_bucket < 4 and o.epci_siren is not null then 'epci'
             when o.coverage_bucket < 4 then 'departement'
             when o.coverage_bucket < 7 then 'departement'
             when o.coverage_bucket < 9 then 'region'
             else 'france' end,
        case when o.coverage_bucket < 4 and exists (select 1 from perimeter pc where pc.kind = 'commune' and pc.code = o.commune_code)
                  and o.coverage_bucket = 0 then o.commune_code
             when o.coverage_bucket < 4 and o.epci_siren is not null then o.epci_siren
             when o.coverage_bucket < 7 then o.departement_code
             when o.coverage_bucket < 9 then o.region_code
             else 'FR' end)),
changes as (
    insert into coverage_change (organisation_id, perimeters, status, decided_by, decided_at)
    select organisation_id, array[perimeter_id], 'approved', 'bench', now() from coverage
    returning id, organisation_id, perimeters)
insert into organisation_coverage (organisation_id, perimeter_id, change_id)
select organisation_id, perimeters[1], id from changes;

insert into scheme (organisation_id, name, description, type, stages, publics, sectors, ess_only, collective_only,
                    calendar, opens_on, closes_on, amount_max, how_to_apply, status, last_verified_on)
select o.id,
       initcap(w1.word) || ' : ' || (array['aide au démarrage', 'prêt solidaire', 'accompagnement collectif',
              'formation courte', 'appel à projets', 'garantie bancaire'])[1 + s % 6] || ' ' || s,
       'Ce dispositif soutient les projets de ' || w1.word || ' et de ' || w2.word || ' en milieu rural.',
       (array['accompagnement', 'subvention', 'pret', 'pret_honneur', 'garantie', 'formation', 'appel_a_projets',
              'espace_test', 'couveuse', 'mise_en_reseau'])[1 + s % 10],
       case when s % 3 = 0 then '{}'::text[] else array[(array['idee', 'emergence', 'etude_test', 'creation',
              'developpement'])[1 + s % 5]] end,
       case when s % 4 = 0 then '{}'::text[] else array[(array['jeunes', 'femmes', 'demandeurs_emploi',
              'agriculteurs', 'associations'])[1 + s % 5]] end,
       case when s % 2 = 0 then '{}'::text[] else array[(array['agriculture_alimentation', 'commerce_artisanat',
              'services_proximite', 'tourisme'])[1 + s % 4]] end,
       s % 7 = 0, s % 9 = 0,
       (array['always', 'always', 'recurring', 'deadline'])[1 + s % 4],
       case when s % 4 >= 2 then current_date - (s % 200) end,
       case when s % 4 >= 2 then current_date - (s % 200) + 60 + (s % 300) end,
       1000 * (1 + s % 50),
       'Prendre rendez-vous avec un conseiller.',
       'published', current_date - (s % 700)
from generate_series(1, :schemes) as s
join bench_org o on o.i = 1 + (s::bigint * 104729) % :organisations
join bench_word w1 on w1.n = 1 + s % 30
join bench_word w2 on w2.n = 1 + (s / 30) % 30;

insert into scheme_coverage (scheme_id, perimeter_id)
select s.id, oc.perimeter_id
from scheme s join organisation_coverage oc on oc.organisation_id = s.organisation_id
where s.description like 'Ce dispositif soutient%'
on conflict do nothing;

-- Codes, words and ids the load tool and pgbench pick from.
drop table if exists bench_commune_index, bench_word_index, bench_organisation_index;
create table bench_commune_index as select n, code, departement_code from bench_commune;
alter table bench_commune_index add primary key (n);
create table bench_word_index as select n, word from bench_word;
alter table bench_word_index add primary key (n);
create table bench_organisation_index as select i as n, id from bench_org;
alter table bench_organisation_index add primary key (n);

commit;
vacuum analyze;
