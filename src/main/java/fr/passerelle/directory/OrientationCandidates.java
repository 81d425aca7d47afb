package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class OrientationCandidates {

    private final JdbcClient jdbc;
    private final SchemeRepository schemes;
    private final OrganisationRepository organisations;

    OrientationCandidates(JdbcClient jdbc, SchemeRepository schemes, OrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.organisations = organisations;
    }

    private record Hit(UUID id, UUID perimeterId, int rank) {}

    List<Candidate<Scheme>> schemes(List<UUID> perimeters, List<Integer> ranks, Eligibility project, int perType) {
        List<Hit> hits = jdbc.sql(
                        """
                        with place as (
                            select * from unnest(:perimeters::uuid[], :ranks::int[]) as p (id, rank)
                        ), covering as (
                            select distinct on (r.entry_id) r.entry_id, r.perimeter_id, p.rank, r.type, r.sort_name
                            from place p
                            join scheme_reach r on r.perimeter_id = p.id
                            where (cardinality(r.stages) = 0 or :stage = any (r.stages))
                              and (cardinality(r.sectors) = 0 or cardinality(:sectors::text[]) = 0
                                   or r.sectors && :sectors::text[])
                              and (cardinality(r.publics) = 0 or r.publics && :publics::text[])
                              and (not r.ess_only or :ess)
                              and (not r.collective_only or :collective)
                              and (r.calendar = 'always'
                                   or ((r.opens_on is null or r.opens_on <= :day)
                                       and (r.closes_on is null or r.closes_on >= :day)))
                            order by r.entry_id, p.rank
                        ), ranked as (
                            select c.entry_id, c.perimeter_id, c.rank,
                                   row_number() over (partition by c.type
                                       order by c.rank, s.last_verified_on desc nulls last, c.sort_name, c.entry_id) as n
                            from covering c
                            join scheme s on s.id = c.entry_id
                            where cardinality(s.project_kinds) = 0 or :kind = any (s.project_kinds)
                        )
                        select entry_id, perimeter_id, rank from ranked where n <= :perType
                        """)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("stage", project.stage().code())
                .param("kind", project.kind().code())
                .param("sectors", codes(project.sectors()))
                .param("publics", codes(project.publics()))
                .param("ess", project.ess())
                .param("collective", project.collective())
                .param("day", project.day())
                .param("perType", perType)
                .query((rs, row) -> new Hit(
                        rs.getObject("entry_id", UUID.class),
                        rs.getObject("perimeter_id", UUID.class),
                        rs.getInt("rank")))
                .list();
        return candidates(hits, schemes::findAll, Scheme::id);
    }

    List<Candidate<Organisation>> organisations(List<UUID> perimeters, List<Integer> ranks, int perFamily) {
        List<Hit> hits = jdbc.sql(
                        """
                        with place as (
                            select * from unnest(:perimeters::uuid[], :ranks::int[]) as p (id, rank)
                        ), covering as (
                            select distinct on (r.entry_id) r.entry_id, r.perimeter_id, p.rank, r.family, r.kind,
                                   r.sort_name
                            from place p
                            join organisation_reach r on r.perimeter_id = p.id
                            where r.kind <> 'initiative'
                            order by r.entry_id, p.rank
                        ), ranked as (
                            select c.entry_id, c.perimeter_id, c.rank,
                                   row_number() over (partition by c.family, c.kind
                                       order by c.rank, o.last_verified_on desc nulls last, c.sort_name, c.entry_id) as n
                            from covering c
                            join organisation o on o.id = c.entry_id
                        )
                        select entry_id, perimeter_id, rank from ranked where n <= :perFamily
                        """)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("perFamily", perFamily)
                .query((rs, row) -> new Hit(
                        rs.getObject("entry_id", UUID.class),
                        rs.getObject("perimeter_id", UUID.class),
                        rs.getInt("rank")))
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
}
