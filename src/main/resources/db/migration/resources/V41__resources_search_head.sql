-- The library ranks what matched by its title, summary and keywords only: a small vector beside the
-- whole one (which includes the files' text, long), so that ranking thousands of matches stays cheap.
alter table resource add column search_head tsvector;
update resource set search_head = setweight(to_tsvector('french_unaccent', title), 'A')
    || setweight(to_tsvector('french_unaccent', coalesce(summary, '') || ' ' || array_to_string(keywords, ' ')), 'B');
alter table resource alter column search_head set not null;
