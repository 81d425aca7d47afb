-- 50,000 published events from three years ago to a year ahead (one or two slots each, a third
-- with a capacity), and 2,000,000 registrations on them with realistic statuses. Set-based, once.
-- Usage: psql -v events=50000 -v registrations=2000000 -f bench/events/generate.sql
\set ON_ERROR_STOP on

insert into event (kind, title, programme, audience, mode, place, online_link, capacity, status, starts_at, created_at)
select (array['formation', 'exploration', 'session_information', 'atelier', 'evenement_regional', 'reunion_groupe'])[1 + g % 6],
       (array['Formation', 'Webconférence', 'Session d’information', 'Atelier', 'Rencontre régionale', 'Groupe de travail'])[1 + g % 6]
           || ' – ' || (array['accueillir les porteurs de projet', 'transmission d’entreprise', 'tiers-lieux et territoires',
                               'installation agricole', 'mobilités ville-campagne', 'entrepreneuriat collectif'])[1 + (g / 7) % 6]
           || ' #' || g,
       'Programme de la session ' || g || '.', 'Agents de développement et accompagnateurs.',
       case when g % 5 = 0 then 'en_ligne' else 'sur_place' end,
       case when g % 5 = 0 then null else 'Salle ' || (g % 300) end,
       case when g % 5 = 0 then 'https://visio.example/' || g end,
       case when g % 3 = 0 then 12 + g % 40 end,
       'published',
       date_trunc('hour', now() - interval '3 years' + make_interval(mins => (g * 2103) % (4 * 365 * 24 * 60))),
       now() - interval '3 years'
from generate_series(1, :events) g;

insert into event_slot (event_id, position, starts_at, ends_at)
select id, 1, starts_at, starts_at + interval '3 hours' from event where programme like 'Programme de la session %';
insert into event_slot (event_id, position, starts_at, ends_at)
select id, 2, starts_at + interval '4 hours 30 minutes', starts_at + interval '7 hours 30 minutes'
from event where programme like 'Programme de la session %' and abs(hashtext(id::text)) % 2 = 0;

with events as (
    select row_number() over (order by id) as i, id from event where programme like 'Programme de la session %'
), size as (select count(*) as n from events)
insert into registration (event_id, name, email, organisation, consent, status, token, created_at)
select e.id, 'Participant ' || g, 'participant' || g || '@bench.invalid', 'Structure ' || (g % 5000), true,
       (array['confirmed', 'confirmed', 'confirmed', 'attended', 'attended', 'no_show', 'cancelled', 'waitlisted'])[1 + g % 8],
       md5('token' || g), now() - interval '3 years'
from generate_series(1, :registrations) g
cross join size z
join events e on e.i = 1 + (g % z.n);

analyze event;
analyze event_slot;
analyze registration;
