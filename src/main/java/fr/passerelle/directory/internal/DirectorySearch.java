package fr.passerelle.directory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.common.SearchSynonyms;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.Scheme;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.Territories;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs directory searches: the page of hits, loaded in full, and the facet counts. */
@Component
@RequiredArgsConstructor
public class DirectorySearch {

    private final JdbcClient jdbc;
    private final Territories territories;
    private final OrganisationRepository organisations;
    private final Spellings spellings;
    private final Cache<String, String> readWords =
            Caffeine.newBuilder().maximumSize(20_000).build();

    public SearchResult<Hit<Organisation>> organisations(DirectoryQuery query, boolean withFacets) {
        return search(SearchSql.Target.ORGANISATIONS, query, withFacets, OrganisationRepository.SEARCHED);
    }

    public SearchResult<Hit<Scheme>> schemes(DirectoryQuery query, boolean withFacets) {
        return search(SearchSql.Target.SCHEMES, query, withFacets, SchemeRepository.SEARCHED);
    }

    /** The organisations matching the query, best first, up to the limit (for the CSV export). */
    public List<Organisation> allOrganisations(DirectoryQuery query, int limit) {
        return organisations.findAll(allIds(query, limit));
    }

    /** The markers of the organisations matching the query that have coordinates, best first. */
    public List<MapPoint> mapPoints(DirectoryQuery query, int limit) {
        List<UUID> ids = allIds(query, limit);
        Map<UUID, MapPoint> points = new HashMap<>();
        jdbc.sql("select id, name, kind, family, latitude, longitude from organisation"
                        + " where id = any(:ids) and latitude is not null")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new MapPoint(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Codes.one(OrganisationKind.class, rs.getString("kind")),
                        Codes.one(Family.class, rs.getString("family")),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude")))
                .list()
                .forEach(point -> points.put(point.id(), point));
        return ids.stream().map(points::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<UUID> allIds(DirectoryQuery query, int limit) {
        SearchSql sql = sql(SearchSql.Target.ORGANISATIONS, query, covering(query));
        return jdbc.sql(sql.allIds(limit))
                .params(sql.params)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    /** The page of hits, read with their entries in one statement, and the facets when asked. */
    private <T> SearchResult<Hit<T>> search(
            SearchSql.Target target, DirectoryQuery query, boolean withFacets, SearchSql.Entries<T> entries) {
        List<Perimeter> covering = covering(query);
        SearchSql sql = sql(target, query, covering);
        Map<UUID, String> perimeterNames = covering.stream().collect(Collectors.toMap(Perimeter::id, Perimeter::name));
        long[] total = {0};
        List<Hit<T>> hits = jdbc.sql(sql.pageWithEntries(entries))
                .params(sql.params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("hit_total");
                    UUID through = rs.getObject("hit_through", UUID.class);
                    return new Hit<>(
                            entries.mapper().mapRow(rs, n),
                            Codes.nullableInt(rs, "hit_locality"),
                            through == null ? null : perimeterNames.get(through));
                })
                .list();
        if (hits.isEmpty() && query.page() > 0) {
            total[0] =
                    jdbc.sql(sql.count()).params(sql.params).query(Long.class).single();
        }
        return new SearchResult<>(hits, total[0], query.page(), query.pageSize(), withFacets ? facets(sql) : Map.of());
    }

    private List<Perimeter> covering(DirectoryQuery query) {
        return query.commune() == null ? List.of() : territories.perimetersCovering(query.commune());
    }

    private SearchSql sql(SearchSql.Target target, DirectoryQuery query, List<Perimeter> covering) {
        List<UUID> perimeters = covering.stream().map(Perimeter::id).toList();
        List<Integer> localities =
                covering.stream().map(p -> p.kind().locality()).toList();
        List<UUID> meeting = query.coverageDepartement() == null
                ? List.of()
                : territories.perimetersMeeting(query.coverageDepartement());
        return new SearchSql(target, query, perimeters, localities, meeting, words(query.text()));
    }

    /** The search's words read once into a tsquery (kept: the same words read the same while names are added). */
    private PGobject words(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String corrections = spellings.corrections(text);
        String tsquery = readWords.get(text + '\u0000' + corrections, key -> {
            SearchSynonyms.Query words = SearchSql.words(text, corrections);
            return jdbc.sql(words.sql())
                    .params(words.params())
                    .query(String.class)
                    .single();
        });
        return SearchSql.tsquery(tsquery);
    }

    private Map<String, Map<String, Long>> facets(SearchSql sql) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        jdbc.sql(sql.facets()).params(sql.params).query(rs -> {
            facets.computeIfAbsent(rs.getString("dimension"), d -> new TreeMap<>())
                    .put(rs.getString("value"), rs.getLong("n"));
        });
        return facets;
    }
}
