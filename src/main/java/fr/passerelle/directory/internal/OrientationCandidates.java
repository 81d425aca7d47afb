package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Candidate;
import fr.passerelle.directory.Eligibility;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published schemes and organisations covering a place, read from the search tables: each entry once, through
 * its most local perimeter, and only the best few of each scheme type or organisation family, so that a commune's
 * thousands of national and regional entries are narrowed in the database.
 */
@Repository
public class OrientationCandidates {

    private final JdbcClient jdbc;
    private final SchemeRepository schemes;
    private final OrganisationRepository organisations;

    OrientationCandidates(JdbcClient jdbc, SchemeRepository schemes, OrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.organisations = organisations;
    }

    private static final String SCHEMES =
            """
            with place as (
                select * from unnest(:perimeters::uuid[], :ranks::int[]) as p (id, rank)
            ), hits as (
                select h.entry_id, h.perimeter_id, p.rank, t.type, h.sort_name
                from place p
                cross join unnest(:types::text[]) as t (type)
                cross join lateral (
                    select r.entry_id, r.perimeter_id, r.sort_name
                    from scheme_reach r
                    where r.perimeter_id = p.id and r.type = t.type
                      and (cardinality(r.stages) = 0 or :stage = any (r.stages))
                      and (cardinality(r.sectors) = 0 or cardinality(:sectors::text[]) = 0
                           or r.sectors && :sectors::text[])
                      and (cardinality(r.publics) = 0 or r.publics && :publics::text[])
                      and (not r.ess_only or :ess)
                      and (not r.collective_only or :collective)
                      and scheme_open_on(r.calendar, r.opens_on, r.closes_on, :day)
                    order by r.sort_name, r.entry_id
                    limit :window) h
            ), best as (
                select distinct on (entry_id) * from hits order by entry_id, rank
            ), ranked as (
                select b.entry_id, b.perimeter_id, b.rank,
                       row_number() over (partition by b.type order by b.rank, b.sort_name, b.entry_id) as n
                from best b
                join scheme s on s.id = b.entry_id
                where cardinality(s.project_kinds) = 0 or :kind = any (s.project_kinds)
            )
            select entry_id as id, perimeter_id, rank from ranked where n <= :perType
            """;

    private static final String ORGANISATIONS =
            """
            with place as (
                select * from unnest(:perimeters::uuid[], :ranks::int[]) as p (id, rank)
            ), hits as (
                select h.entry_id, h.perimeter_id, p.rank, g.kind, g.family, h.sort_name
                from place p
                cross join (select k.kind, f.family
                            from unnest(array['support_structure', 'funder', 'network', 'local_authority']) as k (kind)
                            cross join unnest(array['inform_orient', 'fund', 'represent_support']) as f (family)) g
                cross join lateral (
                    select r.entry_id, r.perimeter_id, r.sort_name
                    from organisation_reach r
                    where r.perimeter_id = p.id and r.kind = g.kind and r.family = g.family
                    order by r.sort_name, r.entry_id
                    limit :perFamily) h
            ), best as (
                select distinct on (entry_id) * from hits order by entry_id, rank
            ), ranked as (
                select entry_id, perimeter_id, rank,
                       row_number() over (partition by family, kind order by rank, sort_name, entry_id) as n
                from best
            )
            select entry_id as id, perimeter_id, rank from ranked where n <= :perFamily
            """;

    /**
     * For each covering perimeter and each scheme type asked for, the first {@code 2 × perType} eligible schemes in
     * name order (one index range each); then each scheme once, through its most local perimeter, and the
     * {@code perType} most local of each type.
     */
    public List<Candidate<Scheme>> schemes(
            List<UUID> perimeters, List<Integer> ranks, Eligibility project, Set<SchemeType> types, int perType) {
        List<Hit> hits = jdbc.sql(SCHEMES)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("types", codes(List.copyOf(types)))
                .param("stage", project.stage().code())
                .param("kind", project.kind().code())
                .param("sectors", codes(project.sectors()))
                .param("publics", codes(project.publics()))
                .param("ess", project.ess())
                .param("collective", project.collective())
                .param("day", project.day())
                .param("window", perType * 2)
                .param("perType", perType)
                .query(Hit.class)
                .list();
        return candidates(hits, schemes::findAll, Scheme::id);
    }

    /** For each covering perimeter, kind and family, the first few organisations in name order; each once. */
    public List<Candidate<Organisation>> organisations(List<UUID> perimeters, List<Integer> ranks, int perFamily) {
        List<Hit> hits = jdbc.sql(ORGANISATIONS)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("perFamily", perFamily)
                .query(Hit.class)
                .list();
        return candidates(hits, organisations::findAll, Organisation::id);
    }

    private static <T> List<Candidate<T>> candidates(
            List<Hit> hits, Function<List<UUID>, List<T>> load, Function<T, UUID> id) {
        Map<UUID, T> entries =
                load.apply(hits.stream().map(Hit::id).toList()).stream().collect(Collectors.toMap(id, entry -> entry));
        List<Candidate<T>> candidates = new ArrayList<>();
        for (Hit hit : hits) {
            T entry = entries.get(hit.id());
            if (entry != null) {
                candidates.add(new Candidate<>(entry, hit.perimeterId(), hit.rank()));
            }
        }
        return candidates;
    }

    private static String[] codes(List<? extends Vocabulary> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Vocabulary::code).toArray(String[]::new);
    }

    /** An entry found, through which perimeter, at what rank (0 the most local). */
    record Hit(UUID id, UUID perimeterId, int rank) {}
}
