package fr.passerelle.directory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Candidate;
import fr.passerelle.directory.Eligibility;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * How long a place's candidates are kept at most (then read again even if nothing changed): the prune of the
     * changes (hourly) only removes those older than a snapshot taken at least this long ago.
     */
    static final Duration KEPT = Duration.ofHours(6);

    private final JdbcClient jdbc;
    private final Cache<Place, Kept> places;
    private final Cache<UUID, Organisation> organisations =
            Caffeine.newBuilder().weakValues().build();
    private final Counter keptHits;
    private final Counter keptMisses;

    OrientationCandidates(
            JdbcClient jdbc,
            MeterRegistry meters,
            @Value("${passerelle.orientation.places-kept:2000}") int placesKept) {
        this.jdbc = jdbc;
        this.places = Caffeine.newBuilder()
                .maximumSize(placesKept)
                .expireAfterWrite(KEPT)
                .build();
        this.keptHits = meters.counter("passerelle.orientation.places", "candidates", "kept");
        this.keptMisses = meters.counter("passerelle.orientation.places", "candidates", "read");
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

    /**
     * For each organisation kind and family ranked, the {@code perFamily} most local organisations, each once: those
     * kept for the place since a snapshot that no change of its perimeters has passed, otherwise read again.
     */
    public List<Candidate<Organisation>> organisations(List<UUID> perimeters, List<Integer> ranks, int perFamily) {
        Place place = Place.of(perimeters, ranks, perFamily);
        Kept kept = places.getIfPresent(place);
        if (kept != null && unchangedSince(kept.snapshot(), place)) {
            keptHits.increment();
            return kept.candidates();
        }
        keptMisses.increment();
        // The snapshot first: a change committed between the two statements is then taken as after it (read again
        // next time), never as already seen. A transaction that wrote sees its own changes, which may yet be rolled
        // back: what it reads is not kept.
        String snapshot = jdbc.sql("select pg_current_snapshot()::text where pg_current_xact_id_if_assigned() is null")
                .query(String.class)
                .optional()
                .orElse(null);
        List<Candidate<Organisation>> candidates = jdbc
                .sql(ORGANISATIONS)
                .param("perimeters", place.perimeters())
                .param("ranks", place.ranks())
                .param("perFamily", perFamily)
                .query(candidate(OrganisationRepository::organisation))
                .list()
                .stream()
                .map(this::shared)
                .toList();
        if (snapshot != null) {
            places.put(place, new Kept(snapshot, candidates));
        }
        return candidates;
    }

    /** Whether no organisation of the place's perimeters changed in a transaction the snapshot does not see. */
    private boolean unchangedSince(String snapshot, Place place) {
        return jdbc.sql(
                        """
                        select not exists (select from organisation_reach_change c
                                           where c.perimeter_id = any(:perimeters::uuid[])
                                             and not pg_visible_in_snapshot(c.txid, :snapshot::pg_snapshot))
                        """)
                .param("perimeters", place.perimeters())
                .param("snapshot", snapshot)
                .query(Boolean.class)
                .single();
    }

    /** The same organisation, read for several places, is held once. */
    private Candidate<Organisation> shared(Candidate<Organisation> read) {
        Organisation organisation = organisations
                .asMap()
                .merge(read.entry().id(), read.entry(), (held, fresh) -> held.equals(fresh) ? held : fresh);
        return new Candidate<>(organisation, read.perimeterId(), read.rank());
    }

    /**
     * Removes the changes that every snapshot kept since the previous run already sees (those before its oldest
     * running transaction), then keeps the current snapshot for the next run; the previous run must be older than
     * anything kept in memory. Returns how many changes were removed.
     */
    public int pruneChanges() {
        int removed = jdbc.sql(
                        """
                        delete from organisation_reach_change c
                        using organisation_reach_change_prune p
                        where p.taken_at <= now() - make_interval(secs => :kept)
                          and c.txid < pg_snapshot_xmin(p.snapshot)
                        """)
                .param("kept", KEPT.toSeconds())
                .update();
        jdbc.sql(
                        """
                        insert into organisation_reach_change_prune (snapshot, taken_at)
                        values (pg_current_snapshot(), now())
                        on conflict (only_row) do update set snapshot = excluded.snapshot, taken_at = excluded.taken_at
                        where organisation_reach_change_prune.taken_at <= now() - make_interval(secs => :kept)
                        """)
                .param("kept", KEPT.toSeconds())
                .update();
        return removed;
    }

    /** A place as orientation asks for it: its perimeters in a fixed order (the answer does not depend on it). */
    private record Place(UUID[] perimeters, Integer[] ranks, int perFamily) {

        static Place of(List<UUID> perimeters, List<Integer> ranks, int perFamily) {
            java.util.TreeMap<UUID, Integer> sorted = new java.util.TreeMap<>();
            for (int i = 0; i < perimeters.size(); i++) {
                sorted.merge(perimeters.get(i), ranks.get(i), Math::min);
            }
            return new Place(
                    sorted.keySet().toArray(UUID[]::new), sorted.values().toArray(Integer[]::new), perFamily);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Place place
                    && perFamily == place.perFamily
                    && java.util.Arrays.equals(perimeters, place.perimeters)
                    && java.util.Arrays.equals(ranks, place.ranks);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * java.util.Arrays.hashCode(perimeters) + java.util.Arrays.hashCode(ranks)) + perFamily;
        }
    }

    /** A place's candidates as a snapshot saw them. */
    private record Kept(String snapshot, List<Candidate<Organisation>> candidates) {}

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
