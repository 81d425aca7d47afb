package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.SearchSynonyms;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.DirectoryQuery;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.RowMapper;

/**
 * Builds the SQL of a directory search on the reach tables (one narrow row per published entry and
 * covered perimeter, see migration V6). With a commune, the rows of the perimeters covering it,
 * each entry once, through its most local perimeter; without, each entry's first row. With words,
 * the few matching rows are ranked; without, the page is read in name order from the index, one
 * perimeter at a time, and the total is counted from the index alone.
 */
final class SearchSql {

    /** The reach table searched, aliased {@code x}. */
    enum Target {
        ORGANISATIONS("organisation_reach"),
        SCHEMES("scheme_reach");

        final String table;

        Target(String table) {
            this.table = table;
        }
    }

    private static final String COVERING =
            "with covering as (select * from unnest(:perimeters::uuid[], :localities::int[]) as c(perimeter_id, locality)) ";

    private final Target target;
    private final DirectoryQuery query;
    private final String words;
    final Map<String, Object> params = new HashMap<>();
    private final SearchFilters filters;

    /**
     * {@code words}: the search's words as a tsquery (see {@link #words}), or null without words. It is bound as
     * one parameter of type tsquery: an expression of the typed text here would be read again for every row the
     * statement looks at once PostgreSQL has made the statement a generic plan (five runs), which made a search
     * whose words have synonyms several times slower than its custom plan.
     */
    SearchSql(
            Target target,
            DirectoryQuery query,
            List<UUID> coveringPerimeters,
            List<Integer> localities,
            List<UUID> meetingPerimeters,
            PGobject words) {
        this.target = target;
        this.query = query;
        params.put("words", words);
        params.put("perimeters", coveringPerimeters.toArray(UUID[]::new));
        params.put("localities", localities.toArray(Integer[]::new));
        params.put("departement", query.departement());
        params.put("meeting", meetingPerimeters.toArray(UUID[]::new));
        this.words = ":words";
        this.filters = new SearchFilters(target, query, params);
    }

    /**
     * The statement that reads the typed words, with their synonyms and the spellings of misspelt words
     * ({@code corrections}: a to_tsquery expression, or null), into one tsquery, given as text.
     */
    static SearchSynonyms.Query words(String text, String corrections) {
        SearchSynonyms.Query typed = SearchSynonyms.query("text", text);
        if (corrections == null) {
            return new SearchSynonyms.Query("select (" + typed.sql() + ")::text", typed.params());
        }
        Map<String, Object> params = new HashMap<>(typed.params());
        params.put("corrections", corrections);
        return new SearchSynonyms.Query(
                "select (" + typed.sql() + " || to_tsquery('french_unaccent', :corrections))::text", params);
    }

    /** A tsquery's text as a parameter of that type. */
    static PGobject tsquery(String text) {
        PGobject value = new PGobject();
        value.setType("tsquery");
        try {
            value.setValue(text);
        } catch (SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
        return value;
    }

    private boolean byCommune() {
        return query.commune() != null;
    }

    private boolean byWords() {
        return !query.text().isEmpty();
    }

    /** The page of ids with locality and perimeter, and the total. */
    String page() {
        params.put("limit", query.pageSize());
        params.put("offset", query.page() * query.pageSize());
        if (byWords()) {
            return ranked() + ", count(*) over () as total" + from() + " where " + rows(filters.all())
                    + " order by band desc, " + initiativesLast("x") + "locality nulls last, rank desc, x.sort_name,"
                    + " x.entry_id limit :limit offset :offset";
        }
        params.put("window", (query.page() + 1) * query.pageSize());
        return inNameOrder("(select count(*)" + from() + " where " + rows(filters.all()) + ") as total")
                + " limit :limit offset :offset";
    }

    /** How an entry is read with its hit: its columns, its tables, its id column and its mapping. */
    record Entries<T>(String columns, String from, String id, RowMapper<T> mapper) {}

    /**
     * The page of hits as {@code hit_id, hit_locality, hit_through, hit_total}, each with its
     * entry's columns, in the page's order.
     */
    String pageWithEntries(Entries<?> entries) {
        return "with page as materialized (select p.*, row_number() over () as position from (" + page()
                + ") p) select page.id as hit_id, page.locality as hit_locality, page.through as hit_through,"
                + " page.total as hit_total, " + entries.columns() + entries.from() + " join page on "
                + entries.id() + " = page.id order by page.position";
    }

    /** How many entries match (when the page asked for is past the last). */
    String count() {
        return (byCommune() ? COVERING : "") + "select count(*)" + from() + " where " + rows(filters.all());
    }

    /** Every match's id, best first, up to the limit (for the map and the CSV export). */
    String allIds(int limit) {
        params.put("limit", limit);
        if (byWords()) {
            return ranked() + from() + " where " + rows(filters.all())
                    + " order by band desc, " + initiativesLast("x") + "locality nulls last, rank desc, x.sort_name,"
                    + " x.entry_id limit :limit";
        }
        params.put("window", limit);
        return inNameOrder("0 as total") + " limit :limit";
    }

    private String ranked() {
        return (byCommune() ? COVERING : "") + "select x.entry_id as id, " + located()
                + ", case when x.name_words @@ " + words + " then 2 else 1 end as band"
                + ", ts_rank('{0, 0, 0.1, 1}', x.words, " + words + ") as rank";
    }

    /**
     * Without words: local first, then by name. By commune, each covering perimeter gives its
     * first rows in name order from the listing index, and the few lists are merged.
     */
    private String inNameOrder(String total) {
        if (!byCommune()) {
            return "select x.entry_id as id, null::int as locality, null::uuid as through, " + total + from()
                    + " where " + rows(filters.all()) + " order by x.sort_name, x.entry_id";
        }
        if (target == Target.SCHEMES) {
            return COVERING + "select p.id, c.locality, c.perimeter_id as through, " + total
                    + " from covering c cross join lateral (" + firstByName("true") + ") p"
                    + " order by c.locality, p.sort_name, p.id";
        }
        return COVERING + "select p.id, c.locality, c.perimeter_id as through, " + total
                + " from covering c cross join lateral ((" + firstByName("x.kind <> 'initiative'") + ") union all ("
                + firstByName("x.kind = 'initiative' and x.family is null") + ")) p"
                + " order by p.initiative, c.locality, p.sort_name, p.id";
    }

    /** A covering perimeter's first rows in name order from the listing index, marked initiatives or not. */
    private String firstByName(String condition) {
        return "select x.entry_id as id, x.sort_name, x.kind = 'initiative' as initiative from " + target.table
                + " x where x.perimeter_id = c.perimeter_id and " + condition + " and " + rows(filters.all())
                + " order by x.sort_name, x.entry_id limit :window";
    }

    /**
     * In a search by commune, the organisations that help (support structures, funders, networks, local
     * authorities) come before the initiatives, which show what exists: the sort key that says so, or none.
     */
    private String initiativesLast(String alias) {
        return target == Target.ORGANISATIONS && byCommune() ? "(" + alias + ".kind = 'initiative'), " : "";
    }

    private String located() {
        return byCommune() ? "c.locality, c.perimeter_id as through" : "null::int as locality, null::uuid as through";
    }

    private String from() {
        return byCommune()
                ? " from covering c join " + target.table + " x on x.perimeter_id = c.perimeter_id"
                : " from " + target.table + " x";
    }

    /**
     * The rows searched, before the filters: each entry once, matching the words, based in the département asked, and
     * covering one of the perimeters that meet the département asked by coverage.
     */
    private String rows(String filterConditions) {
        List<String> conditions = new ArrayList<>();
        conditions.add(byCommune() ? onceEach() : "x.first");
        if (byWords()) {
            conditions.add("x.words @@ " + words);
        }
        if (query.departement() != null) {
            conditions.add("x.departement_code = :departement");
        }
        if (query.coverageDepartement() != null) {
            conditions.add("exists (select 1 from " + target.table + " m where m.entry_id = x.entry_id"
                    + " and m.perimeter_id = any(:meeting::uuid[]))");
        }
        conditions.add(filterConditions);
        return String.join(" and ", conditions);
    }

    /** An entry covering several of the perimeters is kept through the most local one only. */
    private String onceEach() {
        return "(x.single or not exists (select 1 from " + target.table
                + " d join covering dc on dc.perimeter_id = d.perimeter_id where d.entry_id = x.entry_id"
                + " and (dc.locality, dc.perimeter_id) < (c.locality, c.perimeter_id)))";
    }

    /** Counts per value of each facet dimension, each with every filter but its own. */
    String facets() {
        String columns = target == Target.SCHEMES
                ? ", x.type, x.stages, x.publics, x.ess_only, x.collective_only, x.calendar, x.opens_on, x.closes_on"
                : "";
        String base = (byCommune() ? COVERING + ", " : "with ")
                + "base as materialized (select x.entry_id, x.family, x.kind, x.area, x.sectors" + columns + from()
                + " where " + rows("true") + ") ";
        List<String> parts = new ArrayList<>();
        parts.add(facet("family", "x.family"));
        parts.add(facet("kind", "x.kind"));
        parts.add(facet("area", "x.area"));
        if (target == Target.SCHEMES) {
            parts.add(facet("sector", anyMeansAll("x.sectors", "allSectors", Sector.values())));
            parts.add(facet("type", "x.type"));
            parts.add(facet("stage", anyMeansAll("x.stages", "allStages", ProjectStage.values())));
            parts.add(facet("audience", anyMeansAll("x.publics", "allAudiences", Audience.values())));
        } else {
            parts.add(facet("sector", "unnest(x.sectors)"));
        }
        return base + "select dimension, value, count(*) as n from (" + String.join(" union all ", parts)
                + ") f where value is not null group by dimension, value";
    }

    /** A scheme open to any value (an empty list) counts for each value. */
    private String anyMeansAll(String column, String param, fr.passerelle.common.Vocabulary[] values) {
        params.put(param, SearchFilters.codes(List.of(values)));
        return "unnest(case when cardinality(" + column + ") = 0 then :" + param + "::text[] else " + column + " end)";
    }

    private String facet(String dimension, String valueExpression) {
        return "select '" + dimension + "' as dimension, " + valueExpression + " as value from base x where "
                + filters.except(dimension);
    }
}
