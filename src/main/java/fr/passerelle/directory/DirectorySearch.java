package fr.passerelle.directory;

import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs directory searches: the page of hits, loaded in full, and the facet counts. */
@Component
class DirectorySearch {

    private final JdbcClient jdbc;
    private final Territories territories;
    private final OrganisationRepository organisations;
    private final SchemeRepository schemes;

    DirectorySearch(
            JdbcClient jdbc, Territories territories, OrganisationRepository organisations, SchemeRepository schemes) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.organisations = organisations;
        this.schemes = schemes;
    }

    SearchResult<Hit<Organisation>> organisations(DirectoryQuery query, boolean withFacets) {
        return search(SearchSql.Target.ORGANISATIONS, query, withFacets, organisations::findAll);
    }

    SearchResult<Hit<Scheme>> schemes(DirectoryQuery query, boolean withFacets) {
        return search(SearchSql.Target.SCHEMES, query, withFacets, schemes::findAll);
    }

    /** The organisations matching the query, best first, up to the limit, for the map. */
    List<Organisation> allOrganisations(DirectoryQuery query, int limit) {
        SearchSql sql = sql(SearchSql.Target.ORGANISATIONS, query);
        return organisations.findAll(
                jdbc.sql(sql.allIds(limit)).params(sql.params).query(UUID.class).list());
    }

    private <T> SearchResult<Hit<T>> search(
            SearchSql.Target target, DirectoryQuery query, boolean withFacets, Function<List<UUID>, List<T>> load) {
        SearchSql sql = sql(target, query);
        List<Row> rows = jdbc.sql(sql.page())
                .params(sql.params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        Codes.nullableInt(rs, "locality"),
                        rs.getObject("through", UUID.class),
                        rs.getLong("total")))
                .list();
        Map<UUID, String> perimeterNames = names(rows);
        List<T> entries = load.apply(rows.stream().map(Row::id).toList());
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String through = row.through() == null ? null : perimeterNames.get(row.through());
            hits.add(new Hit<>(entries.get(i), row.locality(), through));
        }
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        if (rows.isEmpty() && query.page() > 0) {
            total = jdbc.sql("select count(*) from (" + sql.allIds(Integer.MAX_VALUE) + ") t")
                    .params(sql.params)
                    .query(Long.class)
                    .single();
        }
        return new SearchResult<>(hits, total, query.page(), query.pageSize(), withFacets ? facets(sql) : Map.of());
    }

    private SearchSql sql(SearchSql.Target target, DirectoryQuery query) {
        List<UUID> perimeters = new ArrayList<>();
        List<Integer> localities = new ArrayList<>();
        if (query.commune() != null) {
            for (Perimeter perimeter : territories.perimetersCovering(query.commune())) {
                perimeters.add(perimeter.id());
                localities.add(perimeter.kind().locality());
            }
        }
        return new SearchSql(target, query, perimeters, localities);
    }

    private Map<UUID, String> names(List<Row> rows) {
        List<UUID> ids = rows.stream()
                .map(Row::through)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return territories.perimeters(ids).stream().collect(Collectors.toMap(Perimeter::id, Perimeter::name));
    }

    private Map<String, Map<String, Long>> facets(SearchSql sql) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        jdbc.sql(sql.facets()).params(sql.params).query(rs -> {
            facets.computeIfAbsent(rs.getString("dimension"), d -> new TreeMap<>())
                    .put(rs.getString("value"), rs.getLong("n"));
        });
        return facets;
    }

    private record Row(UUID id, Integer locality, UUID through, long total) {}
}
