-- Shared database features: accent-insensitive French full-text search, trigram similarity,
-- and the event publication log of Spring Modulith.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary makes the
-- result depend on the input alone, so it can be used in indexes and generated columns.
create function immutable_unaccent(value text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, value);

-- Lower case, no accents, every run of punctuation or spaces as one space:
-- 'Saint-Étienne' and 'saint  etienne' both become 'saint etienne'.
create function search_normalize(value text) returns text
    language sql immutable parallel safe strict
    return trim(regexp_replace(lower(immutable_unaccent(value)), '[^a-z0-9]+', ' ', 'g'));

-- French full-text search that ignores accents: 'épiceries' finds 'Épicerie', 'eco' finds 'éco'.
create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
