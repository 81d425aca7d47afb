package fr.passerelle.directory.internal;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.DirectoryQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a directory search as SQL conditions on a reach row aliased {@code x}, by
 * dimension, so that each facet can count with every filter but its own.
 */
final class SearchFilters {

    private final DirectoryQuery query;
    private final Map<String, Object> params;
    private final Map<String, String> conditions = new LinkedHashMap<>();

    SearchFilters(SearchSql.Target target, DirectoryQuery query, Map<String, Object> params) {
        this.query = query;
        this.params = params;
        in("family", "x.family", query.families());
        in("kind", "x.kind", query.kinds());
        in("area", "x.area", query.areas());
        if (target == SearchSql.Target.SCHEMES) {
            in("type", "x.type", query.schemeTypes());
            fits("stage", "x.stages", query.stages());
            fits("audience", "x.publics", query.audiences());
            fits("sector", "x.sectors", query.sectors());
            flag("ess", query.essOnly(), "x.ess_only");
            flag("collective", query.collectiveOnly(), "x.collective_only");
            flag("open", query.openNow(), openNow("x"));
        } else {
            overlaps("sector", "x.sectors", query.sectors());
            if (query.filtersSchemes()) {
                conditions.put(
                        "scheme",
                        "exists (select 1 from scheme_reach s where s.organisation_id = x.entry_id and s.first"
                                + schemeConditions() + ")");
            }
        }
    }

    /** Every filter but the one of this dimension (null for all), joined with "and". */
    String except(String dimension) {
        List<String> kept = new ArrayList<>();
        conditions.forEach((name, condition) -> {
            if (!name.equals(dimension)) {
                kept.add(condition);
            }
        });
        return kept.isEmpty() ? "true" : String.join(" and ", kept);
    }

    String all() {
        return except(null);
    }

    /** An organisation's schemes filtered on the scheme dimensions, for the organisations tab. */
    private String schemeConditions() {
        StringBuilder sql = new StringBuilder();
        if (!query.schemeTypes().isEmpty()) {
            sql.append(" and s.type = any(:type)");
            params.put("type", codes(query.schemeTypes()));
        }
        if (!query.stages().isEmpty()) {
            sql.append(" and (cardinality(s.stages) = 0 or s.stages && :stage::text[])");
            params.put("stage", codes(query.stages()));
        }
        if (!query.audiences().isEmpty()) {
            sql.append(" and (cardinality(s.publics) = 0 or s.publics && :audience::text[])");
            params.put("audience", codes(query.audiences()));
        }
        sql.append(query.essOnly() ? " and s.ess_only" : "");
        sql.append(query.collectiveOnly() ? " and s.collective_only" : "");
        sql.append(query.openNow() ? " and " + openNow("s") : "");
        return sql.toString();
    }

    /** Open today in Paris, a recurring window counting in the year it has moved on to (see SchemeWindow). */
    private String openNow(String alias) {
        params.put("today", Paris.today());
        return "scheme_open_on(" + alias + ".calendar, " + alias + ".opens_on, " + alias + ".closes_on, :today)";
    }

    private void flag(String dimension, boolean on, String condition) {
        if (on) {
            conditions.put(dimension, condition);
        }
    }

    private void in(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            conditions.put(dimension, column + " = any(:" + dimension + ")");
            params.put(dimension, codes(values));
        }
    }

    /** Schemes whose list is empty ("any") or holds one of the values. */
    private void fits(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            conditions.put(
                    dimension, "(cardinality(" + column + ") = 0 or " + column + " && :" + dimension + "::text[])");
            params.put(dimension, codes(values));
        }
    }

    private void overlaps(String dimension, String column, Collection<? extends Vocabulary> values) {
        if (!values.isEmpty()) {
            conditions.put(dimension, column + " && :" + dimension + "::text[]");
            params.put(dimension, codes(values));
        }
    }

    static String[] codes(Collection<? extends Vocabulary> values) {
        return values.stream().map(Vocabulary::code).toArray(String[]::new);
    }
}
