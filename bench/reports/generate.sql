-- Programmes and a library at national scale, on top of the events of bench/events: 40 programmes over
-- the agenda's years, each funded by one or two of five funders (by name), with 60 actions each (its events), and
-- :resources resources whose files' text (a few thousand words of a small French vocabulary) is searched.
insert into programme (name, first_year, last_year, objectives, description)
select 'Démarche du banc ' || g,
       extract(year from now() - interval '3 years')::int, extract(year from now() + interval '1 year')::int,
       array['Premier objectif', 'Deuxième objectif', 'Troisième objectif'],
       'Une démarche pour mesurer les bilans.'
from generate_series(1, 40) g;

-- Its funders (V83: a row each, by name here, as a funder not yet in the directory is kept).
insert into programme_funder (programme_id, position, name)
select p.id, f.position, f.name
from (select id, substring(name from '[0-9]+$')::int as g from programme where name like 'Démarche du banc %') p
cross join lateral (select 0 as position, 'Financeur ' || (p.g % 5) as name
                    union all
                    select 1, 'Financeur ' || ((p.g + 1) % 5) where p.g % 2 = 0) f;

insert into programme_action (programme_id, kind, title, year, event_id)
select p.id, case when e.kind = 'stand' then 'stand' else 'session' end, left(e.title, 200),
       extract(year from e.starts_at at time zone 'Europe/Paris')::int, e.id
from (select id, row_number() over (order by name) as n from programme where name like 'Démarche du banc %') p
join lateral (select id, kind, title, starts_at from event
              where status = 'published' and kind in ('formation', 'atelier', 'stand', 'session_information')
              order by md5(id::text || p.n) limit 60) e on true
on conflict (event_id) do nothing;

-- The library: titles and summaries from a small vocabulary, and a text per file.
create temporary table vocabulary (n int, word text);
insert into vocabulary
select row_number() over (), w from unnest(string_to_array(
  'accueil installation territoire rural porteur projet collectif coopérative association commune '
  || 'intercommunalité élu agent développement économie sociale solidaire agriculture artisanat commerce '
  || 'tiers-lieu mobilité logement emploi formation financement subvention prêt garantie accompagnement '
  || 'émergence création reprise transmission ferme atelier marché circuit court tourisme culture santé '
  || 'numérique énergie habitat jeunesse insertion bénévolat gouvernance statut réseau partenariat '
  || 'diagnostic animation méthode outil guide étude enquête témoignage expérience fiche séminaire', ' ')) w;

insert into resource (title, kind, summary, keywords, themes, audience, published_on, visibility, file_key, file_name,
                      file_type, file_size, file_text, downloads, search, search_head)
select t.title, t.kind, t.summary, t.keywords, t.themes, 'Agents de développement', t.published, t.visibility,
       'bench-' || t.g || '.pdf', 'ressource-' || t.g || '.pdf', 'application/pdf', 120000, t.body, t.g % 97,
       setweight(to_tsvector('french_unaccent', t.title), 'A')
       || setweight(to_tsvector('french_unaccent', t.summary || ' ' || array_to_string(t.keywords, ' ')), 'B')
       || setweight(to_tsvector('french_unaccent', t.body), 'C'),
       setweight(to_tsvector('french_unaccent', t.title), 'A')
       || setweight(to_tsvector('french_unaccent', t.summary || ' ' || array_to_string(t.keywords, ' ')), 'B')
from (
    select g,
           'Ressource du banc ' || g || ' : ' || (select string_agg(word, ' ') from vocabulary
                                          where n in (1 + g % 60, 1 + (g * 7) % 60, 1 + (g * 13) % 60)) as title,
           (array['fiche', 'guide', 'outil', 'methode', 'etude', 'video'])[1 + g % 6] as kind,
           'Résumé : ' || (select string_agg(word, ' ') from vocabulary
                           where n in (1 + (g * 3) % 60, 1 + (g * 11) % 60, 1 + (g * 17) % 60, 1 + (g * 19) % 60)) as summary,
           array[(select word from vocabulary where n = 1 + (g * 5) % 60),
                 (select word from vocabulary where n = 1 + (g * 23) % 60)] as keywords,
           array[(array['Accueil d’actifs', 'Économie sociale et solidaire', 'Ruralité', 'Entrepreneuriat collectif'])[1 + g % 4]] as themes,
           current_date - (g % 2000) as published,
           case when g % 5 = 0 then 'membres' else 'public' end as visibility,
           -- Each text draws ten words of the vocabulary (so a word is in about one text out of six)
           -- and 400 rarer ones, as a real library's texts would.
           (select string_agg(case when k % 40 < 10 then v.word else 'terme' || ((g * 7919 + k * 104729) % 200000) end,
                              ' ' order by k)
            from generate_series(1, 400) k join vocabulary v on v.n = 1 + ((g * 31 + (k % 40) * 7) % 60)) as body
    from generate_series(1, :resources) g
) t;
analyze programme; analyze programme_action;
-- As a library filled over years would be: the full-text index's pending entries merged, statistics fresh.
vacuum analyze resource;
