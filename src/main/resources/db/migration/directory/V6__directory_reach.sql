-- What a search reads, narrow and kept by triggers: one row per published entry and perimeter it
-- covers (its "reach"), holding every column the filters, facets, order and words need. A search
-- by commune reads the rows of the few perimeters covering that commune through one index; a
-- search without a commune reads each entry's first row. The application never writes these.

create extension if not exists btree_gin;

create function departement_of(commune_code text) returns text
    language sql immutable parallel safe strict
    return case when commune_code like '97%' then left(commune_code, 3) else left(commune_code, 2) end;

create table organisation_reach (
    entry_id         uuid not null references organisation on delete cascade,
    perimeter_id     uuid not null,
    -- true on one row per organisation: the rows a search without a commune reads
    first            boolean not null,
    -- the organisation covers this perimeter only: no other row of it to set aside
    single           boolean not null,
    family           text,
    kind             text not null,
    area             text not null,
    sectors          text[] not null,
    departement_code text,
    sort_name        text not null,
    name_words       tsvector not null,
    words            tsvector not null,
    primary key (entry_id, perimeter_id)
);
create index organisation_reach_listing on organisation_reach (perimeter_id, sort_name, entry_id)
    include (single, family, kind, area, sectors);
-- Words and sectors in the same index: a search by words and sectors in a commune visits only the
-- rows that match both (the sectors filter is the most common one).
create index organisation_reach_words on organisation_reach using gin (perimeter_id, words, sectors);
create index organisation_reach_first on organisation_reach (sort_name, entry_id)
    include (family, kind, area, sectors) where first;
create index organisation_reach_first_words on organisation_reach using gin (words) where first;
create index organisation_reach_departement on organisation_reach (departement_code, sort_name, entry_id) where first;

create table scheme_reach (
    entry_id         uuid not null references scheme on delete cascade,
    perimeter_id     uuid not null,
    first            boolean not null,
    single           boolean not null,
    organisation_id  uuid not null,
    family           text,
    kind             text not null,
    area             text not null,
    type             text not null,
    stages           text[] not null,
    publics          text[] not null,
    sectors          text[] not null,
    ess_only         boolean not null,
    collective_only  boolean not null,
    calendar         text not null,
    opens_on         date,
    closes_on        date,
    departement_code text,
    sort_name        text not null,
    name_words       tsvector not null,
    words            tsvector not null,
    primary key (entry_id, perimeter_id)
);
create index scheme_reach_listing on scheme_reach (perimeter_id, sort_name, entry_id)
    include (single, family, kind, area, type, sectors);
create index scheme_reach_words on scheme_reach using gin (perimeter_id, words);
create index scheme_reach_first on scheme_reach (sort_name, entry_id) where first;
create index scheme_reach_first_words on scheme_reach using gin (words) where first;
create index scheme_reach_departement on scheme_reach (departement_code, sort_name, entry_id) where first;
create index scheme_reach_organisation on scheme_reach (organisation_id) where first;

-- The words of every entry's name, to correct a misspelt word of a search ("epicrie" -> "epicerie").
create table search_word (
    word text primary key
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);

create function remember_words(names text[]) returns void
    language sql
begin atomic
    insert into search_word (word)
    select distinct w
    from unnest(names) as n(name), regexp_split_to_table(search_normalize(n.name), ' ') as w
    where length(w) >= 3 and w ~ '[a-z]'
    on conflict do nothing;
end;

create function refresh_scheme_reach(ids uuid[]) returns void
    language sql
begin atomic
    delete from scheme_reach where entry_id = any(ids);
    insert into scheme_reach (entry_id, perimeter_id, first, single, organisation_id, family, kind, area, type,
                              stages, publics, sectors, ess_only, collective_only, calendar, opens_on, closes_on,
                              departement_code, sort_name, name_words, words)
    select s.id, c.perimeter_id,
           row_number() over (partition by s.id order by c.perimeter_id) = 1,
           count(*) over (partition by s.id) = 1,
           o.id, o.family, o.kind, o.area, s.type, s.stages, s.publics, s.sectors, s.ess_only, s.collective_only,
           s.calendar, s.opens_on, s.closes_on, departement_of(o.commune_code), s.search_name,
           to_tsvector('french_unaccent'::regconfig, s.name), s.search
    from scheme s
    join organisation o on o.id = s.organisation_id
    join scheme_coverage c on c.scheme_id = s.id
    where s.id = any(ids) and s.status = 'published' and o.status = 'published';
    select remember_words(array(select name from scheme where id = any(ids)));
end;

create function refresh_organisation_reach(ids uuid[]) returns void
    language sql
begin atomic
    delete from organisation_reach where entry_id = any(ids);
    insert into organisation_reach (entry_id, perimeter_id, first, single, family, kind, area, sectors,
                                    departement_code, sort_name, name_words, words)
    select o.id, c.perimeter_id,
           row_number() over (partition by o.id order by c.perimeter_id) = 1,
           count(*) over (partition by o.id) = 1,
           o.family, o.kind, o.area, o.sectors, departement_of(o.commune_code), o.search_name,
           to_tsvector('french_unaccent'::regconfig, o.name), o.search
    from organisation o
    join organisation_coverage c on c.organisation_id = o.id
    where o.id = any(ids) and o.status = 'published';
    select remember_words(array(select name from organisation where id = any(ids)));
end;

-- Statement triggers with transition tables: one refresh per statement, so a bulk load
-- (the benchmark's generator, an import) refreshes its entries in one pass.
create function organisation_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_organisation_reach(array(select id from changed));
    if tg_op = 'UPDATE' then
        perform refresh_scheme_reach(array(
            select s.id from scheme s where s.organisation_id in (select id from changed)));
    end if;
    return null;
end $$;

create function organisation_coverage_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_organisation_reach(array(select distinct organisation_id from changed));
    return null;
end $$;

create function scheme_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_scheme_reach(array(select id from changed));
    return null;
end $$;

create function scheme_coverage_changed() returns trigger
    language plpgsql as $$
begin
    perform refresh_scheme_reach(array(select distinct scheme_id from changed));
    return null;
end $$;

create trigger organisation_inserted after insert on organisation
    referencing new table as changed for each statement execute function organisation_changed();
create trigger organisation_updated after update on organisation
    referencing new table as changed for each statement execute function organisation_changed();
create trigger organisation_coverage_inserted after insert on organisation_coverage
    referencing new table as changed for each statement execute function organisation_coverage_changed();
create trigger organisation_coverage_deleted after delete on organisation_coverage
    referencing old table as changed for each statement execute function organisation_coverage_changed();
create trigger scheme_inserted after insert on scheme
    referencing new table as changed for each statement execute function scheme_changed();
create trigger scheme_updated after update on scheme
    referencing new table as changed for each statement execute function scheme_changed();
create trigger scheme_coverage_inserted after insert on scheme_coverage
    referencing new table as changed for each statement execute function scheme_coverage_changed();
create trigger scheme_coverage_deleted after delete on scheme_coverage
    referencing old table as changed for each statement execute function scheme_coverage_changed();

select refresh_organisation_reach(array(select id from organisation));
select refresh_scheme_reach(array(select id from scheme));

-- The reach replaces these for searches.
drop index organisation_listing;
