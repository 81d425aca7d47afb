package fr.passerelle.directory.web;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.Area;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The search as it travels in the URL, so that a search can be shared: the same parameters serve
 * the page, the map, the API and the GeoJSON.
 */
public record SearchParams(
        String q,
        String commune,
        String communeLabel,
        List<String> family,
        List<String> kind,
        List<String> area,
        List<String> sector,
        List<String> type,
        List<String> stage,
        List<String> audience,
        Boolean ess,
        Boolean collective,
        Boolean open,
        String departement,
        String coverage,
        Integer page,
        String tab) {

    public static final int PAGE_SIZE = 20;

    public boolean schemesTab() {
        return "dispositifs".equals(tab);
    }

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The query; unknown codes are collected in {@code wrong} as "parameter=value". */
    public DirectoryQuery toQuery(String communeCode, int pageSize, List<String> wrong) {
        return new DirectoryQuery(
                q,
                communeCode,
                parse(Family.class, "family", family, wrong),
                parse(OrganisationKind.class, "kind", kind, wrong),
                parse(Area.class, "area", area, wrong),
                parse(Sector.class, "sector", sector, wrong),
                parse(SchemeType.class, "type", type, wrong),
                parse(ProjectStage.class, "stage", stage, wrong),
                parse(Audience.class, "audience", audience, wrong),
                Boolean.TRUE.equals(ess),
                Boolean.TRUE.equals(collective),
                Boolean.TRUE.equals(open),
                departement,
                coverage,
                pageOrFirst(),
                pageSize);
    }

    private static <E extends Enum<E> & Vocabulary> Set<E> parse(
            Class<E> type, String parameter, List<String> codes, List<String> wrong) {
        Set<E> values = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            Vocabulary.parse(type, code).ifPresentOrElse(values::add, () -> wrong.add(parameter + "=" + code));
        }
        return values;
    }

    /** The query string without the page, to build page links. */
    public String queryStringWithoutPage() {
        return queryFor(tab);
    }

    /** The same search on another tab, from its first page. */
    public String queryFor(String otherTab) {
        List<String> parts = new ArrayList<>();
        add(parts, "tab", otherTab);
        add(parts, "q", q);
        add(parts, "commune", commune);
        add(parts, "communeLabel", communeLabel);
        addAll(parts, "family", family);
        addAll(parts, "kind", kind);
        addAll(parts, "area", area);
        addAll(parts, "sector", sector);
        addAll(parts, "type", type);
        addAll(parts, "stage", stage);
        addAll(parts, "audience", audience);
        add(parts, "ess", Boolean.TRUE.equals(ess) ? "true" : null);
        add(parts, "collective", Boolean.TRUE.equals(collective) ? "true" : null);
        add(parts, "open", Boolean.TRUE.equals(open) ? "true" : null);
        add(parts, "departement", departement);
        add(parts, "coverage", coverage);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void addAll(List<String> parts, String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> add(parts, name, value));
        }
    }
}
