-- 30,000 published activity offers on the real communes, published by the directory's organisations
-- (bench/directory/generate.sql), with French titles and descriptions made of the words rural
-- offers use, every kind and sector, a third qualified, 60 % in rural communes. Set-based, once.
-- Usage: psql -v offers=30000 -f bench/offers/generate.sql
\set ON_ERROR_STOP on

create temporary table bench_activity (n int, word text, sector text) on commit preserve rows;
insert into bench_activity values
  (1, 'boulangerie', 'commerce_artisanat'), (2, 'épicerie', 'commerce_artisanat'), (3, 'café associatif', 'services_proximite'),
  (4, 'maraîchage', 'agriculture_alimentation'), (5, 'fromagerie', 'agriculture_alimentation'), (6, 'menuiserie', 'commerce_artisanat'),
  (7, 'garage', 'mobilite'), (8, 'cabinet infirmier', 'sante_social'), (9, 'gîte', 'tourisme'), (10, 'librairie', 'culture_patrimoine'),
  (11, 'tiers-lieu', 'numerique'), (12, 'atelier vélo', 'mobilite'), (13, 'brasserie', 'agriculture_alimentation'),
  (14, 'boucherie', 'commerce_artisanat'), (15, 'élevage caprin', 'agriculture_alimentation'), (16, 'coiffure', 'services_proximite'),
  (17, 'recyclerie', 'economie_circulaire'), (18, 'camping', 'tourisme'), (19, 'pharmacie', 'sante_social'),
  (20, 'crèche', 'education_formation'), (21, 'scierie', 'energie_environnement'), (22, 'auberge', 'tourisme'),
  (23, 'vignoble', 'agriculture_alimentation'), (24, 'menuiserie bois', 'habitat_logement');

create temporary table bench_kind (n int, kind text, phrase text) on commit preserve rows;
insert into bench_kind values
  (0, 'reprise', 'à reprendre'), (1, 'local', 'local disponible pour une'), (2, 'foncier_agricole', 'terres disponibles pour une'),
  (3, 'emploi', 'recrute pour sa'), (4, 'besoin_identifie', 'le village cherche une'), (5, 'tiers_lieu', 'espace partagé pour une');

with numbered as (
    select g as n, abs(hashtext('offer' || g)) as h from generate_series(1, :offers) g
), communes as (
    select row_number() over (order by code) as i, code, departement_code, region_code, epci_siren, latitude, longitude, name
    from commune
), organisations as (
    select row_number() over (order by id) as i, id from organisation where status = 'published'
), sizes as (
    select (select count(*) from communes) as communes, (select count(*) from organisations) as organisations
)
insert into offer (organisation_id, kind, title, description, commune_code, sectors, conditions, local_support, premises,
                   housing, contact_name, contact_email, status, published_at, departement_code, region_code, epci_siren,
                   rural, latitude, longitude, created_by, created_at, updated_at, ends_on)
select o.id, k.kind,
       case k.kind
           when 'reprise' then initcap(a.word) || ' à reprendre à ' || c.name
           when 'local' then 'Local pour une ' || a.word || ' à ' || c.name
           when 'foncier_agricole' then 'Terres pour un projet de ' || a.word || ' à ' || c.name
           when 'emploi' then c.name || ' recrute pour sa ' || a.word
           when 'besoin_identifie' then c.name || ' cherche quelqu’un pour sa ' || a.word
           else 'Espace partagé à ' || c.name || ' pour une activité de ' || a.word end,
       'La commune de ' || c.name || ' ' || k.phrase || ' ' || a.word || '. '
           || (array['Clientèle fidèle et village animé toute l’année.', 'Le territoire accompagne l’installation.',
                     'Local équipé, loyer modéré les premières années.', 'Proche des écoles et de la gare.',
                     'Les habitants attendent ce service depuis longtemps.'])[1 + n.h % 5]
           || ' ' || (array['Contactez l’accueil du territoire pour une visite.', 'Une aide au démarrage est possible.',
                            'Le cédant accompagne la transmission.', ''])[1 + (n.h / 5) % 4],
       c.code, array[a.sector],
       case when n.h % 2 = 0 then 'Loyer de ' || (200 + n.h % 800) || ' € par mois.' end,
       case when n.h % 3 = 0 then 'L’accueil du territoire suit le projet.' end,
       case when n.h % 3 = 0 or n.h % 5 = 0 then 'Local de ' || (40 + n.h % 200) || ' m².' end,
       case when n.h % 3 = 0 then 'Logement communal disponible.' end,
       'Accueil du territoire', 'accueil' || (n.h % 1000) || '@territoire.example',
       'published', now() - make_interval(days => n.h % 365),
       c.departement_code, c.region_code, c.epci_siren, (n.h % 10) < 6, c.latitude, c.longitude,
       '00000000-0000-0000-0000-000000000000', now() - make_interval(days => n.h % 365 + 2),
       now() - make_interval(days => n.h % 365), current_date + (30 + n.h % 300)
from numbered n
cross join sizes z
join communes c on c.i = 1 + n.h % z.communes
join organisations o on o.i = 1 + (n.h / 7) % z.organisations
join bench_activity a on a.n = 1 + (n.h / 13) % 24
join bench_kind k on k.n = (n.h / 17) % 6;

analyze offer;

-- What the scenarios pick from: a word, a kind and a département that have offers together.
drop table if exists bench_offer_pick;
create table bench_offer_pick as
select row_number() over (order by md5(a.word || k.kind || d.departement_code)) as n, a.word, k.kind, d.departement_code
from bench_activity a cross join bench_kind k
cross join (select distinct departement_code from offer) d
where exists (select 1 from offer o where o.kind = k.kind and o.departement_code = d.departement_code
              and o.search @@ websearch_to_tsquery('french_unaccent', a.word) and o.rural)
limit 2000;
