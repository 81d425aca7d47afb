-- The library's search: a word of the vocabulary, public resources, best first, a page of 20.
-- As the page: the index, not a scan that unpacks every file's vector (see Resources.search).
set enable_seqscan = off;
\set w random(1, 60)
-- The same as the page: the query's words inline, ranked by the small vector, 21 rows of the columns shown.
select r.id, r.title, r.kind, r.summary, r.published_on from resource r
where r.visibility = 'public'
  and r.search @@ websearch_to_tsquery('french_unaccent', (array['accueil','installation','territoire','rural','porteur','projet','collectif','coopérative',
               'association','commune','intercommunalité','élu','agent','développement','économie','sociale',
               'solidaire','agriculture','artisanat','commerce','tiers-lieu','mobilité','logement','emploi',
               'formation','financement','subvention','prêt','garantie','accompagnement','émergence','création',
               'reprise','transmission','ferme','atelier','marché','circuit','court','tourisme','culture','santé',
               'numérique','énergie','habitat','jeunesse','insertion','bénévolat','gouvernance','statut','réseau',
               'partenariat','diagnostic','animation','méthode','outil','guide','étude','enquête','témoignage'])[:w])
order by ts_rank(r.search_head, websearch_to_tsquery('french_unaccent', (array['accueil','installation','territoire','rural','porteur','projet','collectif','coopérative',
               'association','commune','intercommunalité','élu','agent','développement','économie','sociale',
               'solidaire','agriculture','artisanat','commerce','tiers-lieu','mobilité','logement','emploi',
               'formation','financement','subvention','prêt','garantie','accompagnement','émergence','création',
               'reprise','transmission','ferme','atelier','marché','circuit','court','tourisme','culture','santé',
               'numérique','énergie','habitat','jeunesse','insertion','bénévolat','gouvernance','statut','réseau',
               'partenariat','diagnostic','animation','méthode','outil','guide','étude','enquête','témoignage'])[:w])) desc, r.published_on desc, r.id
limit 21;
