package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Candidate;
import fr.passerelle.directory.Eligibility;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published schemes and organisations covering a place, read from the search tables (kept by triggers in the
 * writing transaction, so always exact): each entry once, through its most local perimeter, and only the best few of
 * each scheme type or organisation family, so that a commune's thousands of national and regional entries are
 * narrowed in the database, most local perimeters first.
 */
@Repository
public class OrientationCandidates {

    private final JdbcClient jdbc;

    OrientationCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidate schemes (V79's orientation_schemes) with their entries, in one statement. */
    private static final String SCHEMES = "select c.perimeter_id as candidate_perimeter, c.rank as candidate_rank, "
            + SchemeRepository.COLUMNS
            + """
            from orientation_schemes(:perimeters::uuid[], :ranks::int[], :types::text[], :stage, :kind,
                                     :sectors::text[], :publics::text[], :ess, :collective, :day, :perType)
                 with ordinality as c
            join scheme s on s.id = c.id
            join organisation o on o.id = s.organisation_id
            order by c.ordinality
            """;

    /** The candidate organisations (V79's orientation_organisations) with their entries, in one statement. */
    private static final String ORGANISATIONS =
            "select c.perimeter_id as candidate_perimeter, c.rank as candidate_rank, "
                    + OrganisationRepository.COLUMNS
                    + """
            from orientation_organisations(:perimeters::uuid[], :ranks::int[], :perFamily) with ordinality as c
            join organisation o on o.id = c.id
            order by c.ordinality
            """;

    /**
     * For each scheme type asked for, the {@code perType} most local eligible schemes (then in name order), each
     * once through its most local perimeter: the function reads the most local perimeters first and stops when it
     * has enough.
     */
    public List<Candidate<Scheme>> schemes(
            List<UUID> perimeters, List<Integer> ranks, Eligibility project, Set<SchemeType> types, int perType) {
        return jdbc.sql(SCHEMES)
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
                .param("perType", perType)
                .query(candidate(SchemeRepository::scheme))
                .list();
    }

    /** For each organisation kind and family ranked, the {@code perFamily} most local organisations, each once. */
    public List<Candidate<Organisation>> organisations(List<UUID> perimeters, List<Integer> ranks, int perFamily) {
        return jdbc.sql(ORGANISATIONS)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("ranks", ranks.toArray(Integer[]::new))
                .param("perFamily", perFamily)
                .query(candidate(OrganisationRepository::organisation))
                .list();
    }

    /** A candidate row: the entry its mapper reads, with the perimeter and rank it was found through. */
    private static <T> RowMapper<Candidate<T>> candidate(RowMapper<T> entry) {
        return (rs, row) -> new Candidate<>(
                entry.mapRow(rs, row), rs.getObject("candidate_perimeter", UUID.class), rs.getInt("candidate_rank"));
    }

    private static String[] codes(List<? extends Vocabulary> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Vocabulary::code).toArray(String[]::new);
    }
}
