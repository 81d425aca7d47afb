-- Orientation's candidates, exact and read in a few short index ranges.
--
-- The search tables (V6) hold, per published entry and perimeter it covers, what a candidate is chosen on, kept by
-- triggers in the writing transaction. A scheme's eligibility (stages, kinds of project, sectors, publics, ESS and
-- collective only) is now also one value, and each perimeter's schemes of a type are grouped by it
-- (scheme_eligibility, kept by the same refresh): orientation decides on each group once, then reads only the
-- eligible groups' schemes in name order, instead of reading a whole perimeter and type and setting most aside
-- (a région's 1,700 "prêt d'honneur" kept for farmers, for a shop). A group left without schemes costs one empty
-- index probe; the result is always the schemes as they are.
--
-- Two functions then read, for each scheme type (each organisation kind and family), the most local perimeters
-- first and stop as soon as they hold enough. The result is the exact one ("the n most local eligible, then in
-- name order"), not the first n of fixed windows per perimeter.

alter table scheme_reach add column project_kinds text[] not null default '{}';
alter table scheme_reach add column eligibility uuid;

create function scheme_eligibility_of(stages text[], project_kinds text[], sectors text[], publics text[],
                                      ess_only boolean, collective_only boolean) returns uuid
    language sql immutable parallel safe
    return md5(row(stages, project_kinds, sectors, publics, ess_only, collective_only)::text)::uuid;

update scheme_reach r
set project_kinds = s.project_kinds,
    eligibility = scheme_eligibility_of(s.stages, s.project_kinds, s.sectors, s.publics, s.ess_only,
                                        s.collective_only)
from scheme s
where s.id = r.entry_id;
alter table scheme_reach alter column eligibility set not null;

create table scheme_eligibility (
    perimeter_id    uuid not null,
    type            text not null,
    eligibility     uuid not null,
    stages          text[] not null,
    project_kinds   text[] not null,
    sectors         text[] not null,
    publics         text[] not null,
    ess_only        boolean not null,
    collective_only boolean not null,
    primary key (perimeter_id, type, eligibility)
);
insert into scheme_eligibility
select distinct perimeter_id, type, eligibility, stages, project_kinds, sectors, publics, ess_only, collective_only
from scheme_reach;

-- Replaces V17's scheme_reach_by_type, which only orientation read.
drop index if exists scheme_reach_by_type;
create index scheme_reach_by_eligibility on scheme_reach (perimeter_id, type, eligibility, sort_name, entry_id)
    include (calendar, opens_on, closes_on);

create or replace function refresh_scheme_reach(ids uuid[]) returns void
    language sql
begin atomic
    delete from scheme_reach where entry_id = any(ids);
    insert into scheme_reach (entry_id, perimeter_id, first, single, organisation_id, family, kind, area, type,
                              stages, project_kinds, publics, sectors, ess_only, collective_only, eligibility,
                              calendar, opens_on, closes_on, departement_code, sort_name, name_words, words)
    select s.id, c.perimeter_id,
           row_number() over (partition by s.id order by c.perimeter_id) = 1,
           count(*) over (partition by s.id) = 1,
           o.id, o.family, o.kind, o.area, s.type, s.stages, s.project_kinds, s.publics, s.sectors, s.ess_only,
           s.collective_only,
           scheme_eligibility_of(s.stages, s.project_kinds, s.sectors, s.publics, s.ess_only, s.collective_only),
           s.calendar, s.opens_on, s.closes_on, departement_of(o.commune_code), s.search_name,
           to_tsvector('french_unaccent'::regconfig, s.name), s.search
    from scheme s
    join organisation o on o.id = s.organisation_id
    join scheme_coverage c on c.scheme_id = s.id
    where s.id = any(ids) and s.status = 'published' and o.status = 'published';
    insert into scheme_eligibility
    select distinct perimeter_id, type, eligibility, stages, project_kinds, sectors, publics, ess_only,
           collective_only
    from scheme_reach
    where entry_id = any(ids)
    on conflict do nothing;
    select remember_words(array(select name from scheme where id = any(ids)));
end;

-- The eligible schemes of each type asked for, the per_type most local (then in name order), each once through
-- its most local perimeter. Perimeters are read by rank (0 the most local), one statement per rank for all the types
-- still missing some: the eligible groups of that rank's perimeters, each group's range limited to what its type
-- still misses (a scheme among the missing few of its rank comes within that many of its own range, duplicates
-- included); then the next rank while some type misses some.
create function orientation_schemes(
        perimeters uuid[], ranks integer[], types text[], stage text, project_kind text, sectors text[],
        publics text[], ess boolean, collective boolean, day date, per_type integer)
    returns table (id uuid, perimeter_id uuid, rank integer)
    language plpgsql stable parallel safe as $$
declare
    missing integer[] := array_fill(per_type, array[cardinality(types)]);
    at_rank integer;
    seen uuid[] := '{}';
    hit record;
begin
    for at_rank in select distinct r from unnest(ranks) as r order by r loop
        exit when not (0 < any (missing));
        for hit in
            select d.entry_id, d.perimeter_id, d.type
            from (select c.entry_id, c.perimeter_id, c.type, c.needed,
                         row_number() over (partition by c.type order by c.sort_name, c.entry_id) as n
                  from (select distinct on (h.entry_id) h.entry_id, h.perimeter_id, h.sort_name, t.type, t.needed
                        from unnest(types, missing) as t (type, needed)
                        join unnest(perimeters, ranks) as p (id, rank) on p.rank = at_rank
                        join scheme_eligibility g on g.perimeter_id = p.id and g.type = t.type
                         and (cardinality(g.stages) = 0 or stage = any (g.stages))
                         and (cardinality(g.project_kinds) = 0 or project_kind = any (g.project_kinds))
                         and (cardinality(g.sectors) = 0 or cardinality(orientation_schemes.sectors) = 0
                              or g.sectors && orientation_schemes.sectors)
                         and (cardinality(g.publics) = 0 or g.publics && orientation_schemes.publics)
                         and (not g.ess_only or ess)
                         and (not g.collective_only or collective)
                        cross join lateral (
                            select r.entry_id, r.perimeter_id, r.sort_name
                            from scheme_reach r
                            where r.perimeter_id = g.perimeter_id and r.type = t.type
                              and r.eligibility = g.eligibility
                              and scheme_open_on(r.calendar, r.opens_on, r.closes_on, day)
                              and r.entry_id <> all (seen)
                            order by r.sort_name, r.entry_id
                            limit t.needed) h
                        where t.needed > 0
                        order by h.entry_id, h.perimeter_id) c) d
            where d.n <= d.needed
        loop
            id := hit.entry_id;
            perimeter_id := hit.perimeter_id;
            rank := at_rank;
            seen := seen || hit.entry_id;
            missing[array_position(types, hit.type)] := missing[array_position(types, hit.type)] - 1;
            return next;
        end loop;
    end loop;
end $$;

-- The same for organisations (not initiatives): the per_family most local of each kind and family that orientation
-- ranks, each once through its most local perimeter.
create function orientation_organisations(perimeters uuid[], ranks integer[], per_family integer)
    returns table (id uuid, perimeter_id uuid, rank integer)
    language plpgsql stable parallel safe as $$
declare
    asked record;
    at_rank integer;
    seen uuid[];
    hit record;
begin
    for asked in
        select k.kind, f.family
        from unnest(array['support_structure', 'funder', 'network', 'local_authority']) as k (kind)
        cross join unnest(array['inform_orient', 'fund', 'represent_support']) as f (family)
    loop
        seen := '{}';
        for at_rank in select distinct r from unnest(ranks) as r order by r loop
            exit when cardinality(seen) >= per_family;
            for hit in
                select h.entry_id, h.perimeter_id
                from (select distinct on (c.entry_id) c.entry_id, c.perimeter_id, c.sort_name
                      from unnest(perimeters, ranks) as p (id, rank)
                      cross join lateral (
                          select r.entry_id, r.perimeter_id, r.sort_name
                          from organisation_reach r
                          where r.perimeter_id = p.id and r.kind = asked.kind and r.family = asked.family
                            and r.entry_id <> all (seen)
                          order by r.sort_name, r.entry_id
                          limit per_family - cardinality(seen)) c
                      where p.rank = at_rank
                      order by c.entry_id, c.perimeter_id) h
                order by h.sort_name, h.entry_id
                limit per_family - cardinality(seen)
            loop
                id := hit.entry_id;
                perimeter_id := hit.perimeter_id;
                rank := at_rank;
                seen := seen || hit.entry_id;
                return next;
            end loop;
        end loop;
    end loop;
end $$;
