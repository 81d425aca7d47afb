-- National-scale project holders and pathways, written set-wise by PostgreSQL on top of the
-- generated directory (bench/directory/generate.sql): 1,000,000 holders, their projects and intake
-- requests on the real communes, and 3,000,000 referrals with realistic statuses and dates
-- (25 % waiting, 20 % accepted, 35 % closed with an outcome, 10 % declined, 10 % expired), plus
-- their timeline. One structure, the "busy" one, receives 5,000 referrals (a BGE's year).
-- Usage: psql -v projects=1000000 -v referrals_per_project=3 -f generate.sql
\set ON_ERROR_STOP on
begin;

create temp table bench_c as select row_number() over (order by code) as n, code from commune;
create temp table bench_o as select n, id from bench_organisation_index;

insert into project_holder (id, kind, name, email, household_needs, created_at, last_active_at)
select md5('h' || i)::uuid,
       case when i % 7 = 0 then 'collective' else 'person' end,
       'Porteur ' || i, 'porteur' || i || '@bench.invalid',
       case when i % 5 = 0 then '{logement,emploi_conjoint}'::text[] else '{}' end,
       now() - make_interval(days => i % 730), now() - make_interval(days => i % 730)
from generate_series(1, :projects) as i;

insert into project (id, holder_id, title, kind, stage, sectors, ess, needs, target_scope, created_at, updated_at)
select md5('p' || i)::uuid, md5('h' || i)::uuid, 'Projet ' || i,
       (array['creation_individuelle', 'entrepreneuriat_collectif', 'initiative_citoyenne', 'reprise',
              'installation_agricole', 'recherche_activite'])[1 + i % 6],
       (array['idee', 'emergence', 'etude_test', 'creation', 'developpement'])[1 + i % 5],
       (array['{}', '{agriculture_alimentation}', '{commerce_artisanat}', '{tourisme}', '{culture_patrimoine}'])[1 + i % 5]::text[],
       i % 3 = 0,
       (array['{accompagnement}', '{accompagnement,financement}', '{financement}', '{lieu,installation}',
              '{formation,partenaires}'])[1 + i % 5]::text[],
       (array['communes', 'epci', 'rural_departement'])[1 + i % 3],
       now() - make_interval(days => i % 730), now() - make_interval(days => i % 730)
from generate_series(1, :projects) as i;

insert into project_target_commune (project_id, position, commune_code)
select md5('p' || i)::uuid, 1, c.code
from generate_series(1, :projects) as i join bench_c c on c.n = 1 + (i::bigint * 7919) % 34969;

insert into holder_consent (holder_id, kind, given, wording, recorded_at)
select md5('h' || i)::uuid, k.kind, i % 10 <> 0, 'Accord donné lors de la demande.', now() - make_interval(days => i % 730)
from generate_series(1, :projects) as i cross join (values ('share_with_structures'), ('territory_contact')) as k(kind);

insert into intake_request (reference, project_id, channel, desk_organisation_id, created_at)
select 'BENCH-' || lpad(i::text, 7, '0'), md5('p' || i)::uuid,
       (array['form', 'desk', 'stand', 'session', 'partner'])[1 + i % 5],
       case when i % 4 = 0 then null else o.id end, now() - make_interval(days => i % 730)
from generate_series(1, :projects) as i join bench_o o on o.n = 1 + (i::bigint * 104729) % 100000;

-- Referrals: the k-th of project i goes to an organisation of its own; the busy structure gets one
-- project in 200 as its first referral.
create temp table bench_r as
select gen_random_uuid() as id, md5('p' || i)::uuid as project_id,
       case when k = 1 and i % 200 = 0 then (select id from bench_o where n = 1) else o.id end as organisation_id,
       now() - make_interval(days => ((i::bigint * 13 + k * 101) % 700)::int, hours => k) as sent_at,
       (i + k) % 20 as bucket
from generate_series(1, :projects) as i
cross join generate_series(1, :referrals_per_project) as k
join bench_o o on o.n = 2 + (i::bigint * 31 + k * 7877) % 99999;

insert into referral (id, project_id, organisation_id, message, status, sent_by, sent_by_name, sent_at,
                      answered_by_name, answered_at, decline_reason, outcome, closed_at, reminders_sent)
select r.id, r.project_id, r.organisation_id, 'Mise en relation générée pour le banc d’essai.', s.status,
       '00000000-0000-0000-0000-000000000001', 'Référent du banc', r.sent_at,
       case when s.status in ('accepted', 'declined', 'closed') then 'Conseiller du banc' end,
       case when s.status in ('accepted', 'declined', 'closed') then r.sent_at + make_interval(hours => 6 + r.bucket * 17) end,
       case when s.status = 'declined' then 'Hors de notre champ.' end,
       case when s.status = 'closed' then (array['accompagne', 'finance', 'installe', 'reoriente', 'abandon', 'injoignable'])[1 + r.bucket % 6] end,
       case when s.status = 'closed' then r.sent_at + make_interval(days => 30 + r.bucket) end,
       case when s.status = 'expired' then 2 else 0 end
from bench_r r
cross join lateral (select case when r.bucket < 5 then 'sent' when r.bucket < 9 then 'accepted'
                                when r.bucket < 16 then 'closed' when r.bucket < 18 then 'declined'
                                else 'expired' end as status) s;

insert into timeline_event (project_id, at, kind, actor_name, organisation_id, referral_id, detail)
select project_id, sent_at, 'referral_sent', sent_by_name, organisation_id, id, null from referral;
insert into timeline_event (project_id, at, kind, actor_name, organisation_id, referral_id, detail)
select project_id, answered_at,
       case when status = 'declined' then 'referral_declined' else 'referral_accepted' end,
       answered_by_name, organisation_id, id, decline_reason
from referral where answered_at is not null;

-- The bench's users: a coordinator, and an advisor of the busy structure (password bench-passerelle).
insert into user_account (id, email, display_name, password_hash)
values ('00000000-0000-0000-0000-00000000b001', 'coordination@bench.invalid', 'Coordination du banc',
        '{bcrypt}$2a$10$WwdllsyX96EbcrMuz9L3WOG5tyuhgnFWW7.UebvgA.B7t63pv8Sua'),
       ('00000000-0000-0000-0000-00000000b002', 'conseil@bench.invalid', 'Conseil du banc',
        '{bcrypt}$2a$10$WwdllsyX96EbcrMuz9L3WOG5tyuhgnFWW7.UebvgA.B7t63pv8Sua')
on conflict do nothing;
insert into user_role values ('00000000-0000-0000-0000-00000000b001', 'COORDINATOR'),
                             ('00000000-0000-0000-0000-00000000b002', 'ADVISOR')
on conflict do nothing;
insert into membership (user_id, organisation_id)
select '00000000-0000-0000-0000-00000000b002', id from bench_o where n = 1
on conflict do nothing;

drop table if exists bench_project_index;
create table bench_project_index as
select i as n, md5('p' || i)::uuid as id, c.n as commune_n
from generate_series(1, :projects) as i join bench_c c on c.n = 1 + (i::bigint * 7919) % 34969;
alter table bench_project_index add primary key (n);

commit;
vacuum analyze;
