-- What the platform runs for GET /api/v1/offers?q=<word>&kind=<kind>&rural=true&departement=<code>
-- (OfferRepository.search): the page of 20 by rank, then newest first, and the count when the page is full.
\set n random(1, 2000)
select word, kind, departement_code from bench_offer_pick where n = :n \gset
select o.*, null::double precision as distance_km from offer o
where o.status = 'published' and o.search @@ websearch_to_tsquery('french_unaccent', ':word')
  and o.kind = any(array[':kind']::text[]) and o.departement_code = ':departement_code' and o.rural
order by ts_rank(o.search, websearch_to_tsquery('french_unaccent', ':word')) desc, o.published_at desc, o.id
limit 20 offset 0;
select count(*) from offer o
where o.status = 'published' and o.search @@ websearch_to_tsquery('french_unaccent', ':word')
  and o.kind = any(array[':kind']::text[]) and o.departement_code = ':departement_code' and o.rural;
