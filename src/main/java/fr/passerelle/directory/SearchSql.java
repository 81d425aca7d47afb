package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the SQL of a directory search, for organisations or schemes: the candidates (published,
 * matching the words, covering the commune), the filters by dimension, and the facet counts where
 * each dimension's count keeps every filter but its own.
 */
final class SearchSql {

    /** The entries searched: the table's alias is {@code x}, its organisation's {@code o}. */
    enum Target {
        ORGANISATIONS("organisation x", "organisation_coverage", "organisation_id"),
        SCHEMES("scheme x join organisation o on o.id = x.organisation_id", "scheme_coverage", "scheme_id");

        final String from;
        final String coverageTable;
        final String coverageKey;

        Target(String from, String coverageTable, String coverageKey) {
            this.from = from;
            this.coverageTable = coverageTable;
            this.coverageKey = coverageKey;
        }
    }

    private final Target target;
    private final DirectoryQuery query;
    final Map<String, Object> params = new HashMap<>();
    private final Map<String, String> filters = new LinkedHashMap<>();

    SearchSql(Target target, DirectoryQuery query, List<UUID> coveringPerimeters, List<Integer> localities) {
        this.target = target;
        this.query = query;
        params.put("text", query.text());
        params.put("perimeters", coveringPerimeters.toArray(UUID[]::new));
        params.put("localities", localities.toArray(Integer[]::new));
        params.put("departement", query.departement());
        addFilters();
    }

    private boolean byCommune() {
        return query.commune() != null;
    }

    private void addFilters() {
        in("family", "x.family", query.families());
        in("kind", "x.kind", query.kinds());
        in("area", "x.area", query.areas());
        if (target == Target.SCHEMES) {
            in("type", "x.type", query.schemeTypes());
            fits("stage", "x.stages", query.stages());
            fits("audience", "x.publics", query.audiences());
            fits("sector", "x.sectors", query.sectors());
            schemeFlags("x");
        } else {
            overlaps("sector", "x.sectors", query.sectors());
            if (query.filtersSchemes()) {
                filters.put(
                        "scheme",
                        "exists (select 1 from scheme s where s.organisation_id = x.id and s.status = 'published'"
                                + schemeConditions("s") + ")");
            }
        }
    }

    private String schemeConditions(String alias) {
        StringBuilder sql = new StringBuilder();
        if (!query.schemeTypes().isEmpty()) {
            sql.append(" and ").append(alias).append(".type = any(:type)");
            params.put("type", codes(query.schemeTypes()));
        }
        if (!query.stages().isEmpty()) {
            sql.append(" and (cardinality(")
                    .append(alias)
                    .append(".stages) = 0 or ")
                    .append(alias)
                    .append(".stages && :stage::text[])");
            params.put("stage", codes(query.stages()));
        }
        if (!query.audiences().isEmpty()) {
            sql.append(" and (cardinality(")
                    .append(alias)
                    .append(".publics) = 0 or ")
                    .append(alias)
                    .append(".publics && :audience::text[])");
            params.put("audience", codes(query.audiences()));
        }
        if (query.essOnly()) {
            sql.append(" and ").append(alias).append(".ess_only");
        }
        if (query.collectiveOnly()) {
            sql.append(" and ").append(alias).append(".collective_only");
        }
        if (query.openNow()) {
            sql.append(" and ").append(openNow(alias));
        }
        return sql.toString();
    }

    private void schemeFlags(String alias) {
        if (query.essOnly()) {
            filters.put("ess", alias + ".ess_only");
        }
        if (query.collectiveOnly()) {
            filters.put("collective", alias + ".collective_only");
        }
        if (query.openNow()) {
            filters.put("open", openNow(alias));
        }
    }

    private static String openNow(String alias) {
        return "(" + alias + ".calendar = 'always' or (coalesce(" + alias + ".opens_on, current_date) <= current_date"
                + " and coalesce(" + alias + ".closes_on, current_date) >= current_date))";
    }

    private void in(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            filters.put(dimension, column + " = any(:" + dimension + ")");
            params.put(dimension, codes(values));
        }
    }

    /** Schemes whose list is empty ("any") or holds one of the values. */
    private void fits(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            filters.put(dimension, "(cardinality(" + column + ") = 0 or " + column + " && :" + dimension + "::text[])");
            params.put(dimension, codes(values));
        }
    }

    private void overlaps(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            filters.put(dimension, column + " && :" + dimension + "::text[]");
            params.put(dimension, codes(values));
        }
    }

    private static String[] codes(Collection<? extends Vocabulary> values) {
        return values.stream().map(Vocabulary::code).toArray(String[]::new);
    }

    /**
     * The candidates with their relevance and locality, as a CTE named {@code base}, carrying the
     * columns the facets need; filters are not applied yet, so the facets can leave one out.
     */
    private String base() {
        StringBuilder sql = new StringBuilder("with ");
        if (byCommune()) {
            sql.append(
                            "covering as (select * from unnest(:perimeters::uuid[], :localities::int[]) as c(perimeter_id, locality)),")
                    .append(" located as (select cv.")
                    .append(target.coverageKey)
                    .append(" as id, min(c.locality) as locality,")
                    .append(" (array_agg(c.perimeter_id order by c.locality))[1] as through from covering c join ")
                    .append(target.coverageTable)
                    .append(" cv on cv.perimeter_id = c.perimeter_id group by cv.")
                    .append(target.coverageKey)
                    .append("),");
        }
        String o = target == Target.SCHEMES ? "o" : "x";
        String tsquery = "websearch_to_tsquery('french_unaccent', :text)";
        if (!query.text().isEmpty()) {
            // The words first, through their indexes: far fewer rows than a commune's coverage.
            sql.append(" matches as materialized (select x.id, case when ts_rank('{0, 0, 0.1, 1}', x.search, ")
                    .append(tsquery)
                    .append(") >= 0.3 or search_normalize(:text) <% x.search_name then 2 else 1 end as band,")
                    .append(" ts_rank('{0, 0, 0.1, 1}', x.search, ")
                    .append(tsquery)
                    .append(") as rank from ")
                    .append(target == Target.SCHEMES ? "scheme" : "organisation")
                    .append(" x where x.search @@ ")
                    .append(tsquery)
                    .append(" or search_normalize(:text) <% x.search_name),");
        }
        // Names sorted as normalised (accents and case aside), which the listing index also holds.
        sql.append(" base as materialized (select x.id, x.search_name as name, " + o + ".family, " + o + ".kind, " + o
                + ".area, x.sectors");
        if (target == Target.SCHEMES) {
            sql.append(
                    ", x.type, x.stages, x.publics, x.ess_only, x.collective_only, x.calendar, x.opens_on, x.closes_on");
        }
        sql.append(byCommune() ? ", l.locality, l.through" : ", null::int as locality, null::uuid as through");
        sql.append(query.text().isEmpty() ? ", 0 as band, 0::real as rank" : ", m.band, m.rank");
        sql.append(" from ").append(target.from);
        if (!query.text().isEmpty()) {
            sql.append(" join matches m on m.id = x.id");
        }
        if (byCommune()) {
            sql.append(" join located l on l.id = x.id");
        }
        sql.append(" where x.status = 'published' and " + o + ".status = 'published'");
        if (query.departement() != null) {
            sql.append(" and " + o + ".commune_code like :departement || '%'");
        }
        sql.append(")");
        return sql.toString();
    }

    private String where(String except) {
        List<String> conditions = new ArrayList<>();
        filters.forEach((dimension, condition) -> {
            if (!dimension.equals(except)) {
                conditions.add(condition);
            }
        });
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** The page of ids with locality and perimeter, and the total. */
    String page() {
        params.put("limit", query.pageSize());
        params.put("offset", query.page() * query.pageSize());
        return base() + " select x.id, x.locality, x.through, count(*) over () as total from base x where "
                + where(null)
                + " order by x.band desc, x.locality nulls last, x.rank desc, x.name, x.id limit :limit offset :offset";
    }

    /** Every match's id, best first, up to the limit (for the map). */
    String allIds(int limit) {
        params.put("limit", limit);
        return base() + " select x.id from base x where " + where(null)
                + " order by x.band desc, x.locality nulls last, x.rank desc, x.name, x.id limit :limit";
    }

    /** Counts per value of each facet dimension, each with every filter but its own. */
    String facets() {
        List<String> parts = new ArrayList<>();
        parts.add(facet("family", "x.family"));
        parts.add(facet("kind", "x.kind"));
        parts.add(facet("area", "x.area"));
        if (target == Target.SCHEMES) {
            parts.add(facet(
                    "sector",
                    "unnest(case when cardinality(x.sectors) = 0 then :allSectors::text[] else x.sectors end)"));
            params.put("allSectors", codes(java.util.List.of(fr.passerelle.common.Sector.values())));
            parts.add(facet("type", "x.type"));
            parts.add(facet(
                    "stage", "unnest(case when cardinality(x.stages) = 0 then :allStages::text[] else x.stages end)"));
            parts.add(facet(
                    "audience",
                    "unnest(case when cardinality(x.publics) = 0 then :allAudiences::text[] else x.publics end)"));
            params.put("allStages", codes(java.util.List.of(fr.passerelle.common.ProjectStage.values())));
            params.put("allAudiences", codes(java.util.List.of(fr.passerelle.common.Audience.values())));
        } else {
            parts.add(facet("sector", "unnest(x.sectors)"));
        }
        return base() + " select dimension, value, count(*) as n from (" + String.join(" union all ", parts)
                + ") f where value is not null group by dimension, value";
    }

    private String facet(String dimension, String valueExpression) {
        return "select '" + dimension + "' as dimension, " + valueExpression + " as value from base x where "
                + where(dimension);
    }
}
