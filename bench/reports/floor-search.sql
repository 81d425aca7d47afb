-- The library's search: a word of the vocabulary, public resources, best first, a page of 20.
\set w random(1, 60)
with q as (select websearch_to_tsquery('french_unaccent', (array['accueil','installation','territoire','rural','porteur','projet','collectif','coopérative',
               'association','commune','intercommunalité','élu','agent','développement','économie','sociale',
               'solidaire','agriculture','artisanat','commerce','tiers-lieu','mobilité','logement','emploi',
               'formation','financement','subvention','prêt','garantie','accompagnement','émergence','création',
               'reprise','transmission','ferme','atelier','marché','circuit','court','tourisme','culture','santé',
               'numérique','énergie','habitat','jeunesse','insertion','bénévolat','gouvernance','statut','réseau',
               'partenariat','diagnostic','animation','méthode','outil','guide','étude','enquête','témoignage'])[:w]) as q)
select r.id, r.title from resource r, q
where r.visibility = 'public' and r.search @@ q.q
order by ts_rank(r.search_head, q.q) desc, r.published_on desc, r.id
limit 21;
