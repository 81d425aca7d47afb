package fr.passerelle.offers.web;

import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.OfferQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An offer search as it travels in the URL, so that it can be shared and followed: the same parameters serve the
 * page, the map, the API, the Atom feed and the e-mail alerts. Read straight from the query string.
 */
public record OfferSearchParams(
        String q,
        List<String> kind,
        List<String> sector,
        String departement,
        String region,
        boolean rural,
        String near,
        String nearLabel,
        String radiusKm,
        int page) {

    public static final int PAGE_SIZE = 20;
    private static final Set<String> YES = Set.of("true", "on", "1", "yes", "oui");

    static OfferSearchParams from(HttpServletRequest request) {
        String page = request.getParameter("page");
        int number = 0;
        if (page != null && page.matches("\\d{1,5}")) {
            number = Integer.parseInt(page);
        }
        String rural = request.getParameter("rural");
        return new OfferSearchParams(
                trimmed(request.getParameter("q")),
                values(request.getParameterValues("kind")),
                values(request.getParameterValues("sector")),
                trimmed(request.getParameter("departement")),
                trimmed(request.getParameter("region")),
                rural != null && YES.contains(rural.strip().toLowerCase(java.util.Locale.ROOT)),
                trimmed(request.getParameter("near")),
                trimmed(request.getParameter("nearLabel")),
                trimmed(request.getParameter("radiusKm")),
                number);
    }

    /** The query; values that mean nothing are collected in {@code wrong} as "parameter=value". */
    public OfferQuery toQuery(int size, List<String> wrong) {
        Integer radius = null;
        if (radiusKm != null) {
            if (radiusKm.matches("\\d{1,4}")
                    && Integer.parseInt(radiusKm) >= 1
                    && Integer.parseInt(radiusKm) <= OfferQuery.MAX_RADIUS_KM) {
                radius = Integer.parseInt(radiusKm);
            } else {
                wrong.add("radiusKm=" + radiusKm);
            }
        }
        if (departement != null && !departement.matches("[0-9][0-9AB][0-9]?")) {
            wrong.add("departement=" + departement);
        }
        if (region != null && !region.matches("[0-9]{2}")) {
            wrong.add("region=" + region);
        }
        return new OfferQuery(
                q,
                parse(OfferKind.class, "kind", kind, wrong),
                parse(Sector.class, "sector", sector, wrong),
                departement == null ? null : departement.toUpperCase(java.util.Locale.ROOT),
                region,
                rural ? Boolean.TRUE : null,
                near,
                radius,
                null,
                page,
                size);
    }

    public boolean filtered() {
        return q != null
                || !kind.isEmpty()
                || !sector.isEmpty()
                || departement != null
                || region != null
                || rural
                || near != null;
    }

    /** The search as a query string, without the page. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        kind.forEach(value -> add(parts, "kind", value));
        sector.forEach(value -> add(parts, "sector", value));
        add(parts, "departement", departement);
        add(parts, "region", region);
        add(parts, "rural", rural ? "true" : null);
        add(parts, "near", near);
        add(parts, "nearLabel", nearLabel);
        add(parts, "radiusKm", radiusKm);
        return String.join("&", parts);
    }

    private static <E extends Enum<E> & Vocabulary> List<E> parse(
            Class<E> type, String parameter, List<String> codes, List<String> wrong) {
        List<E> values = new ArrayList<>();
        for (String code : codes) {
            Vocabulary.parse(type, code)
                    .ifPresentOrElse(
                            value -> {
                                if (!values.contains(value)) {
                                    values.add(value);
                                }
                            },
                            () -> wrong.add(parameter + "=" + code));
        }
        return values;
    }

    private static List<String> values(String[] raw) {
        return raw == null
                ? List.of()
                : Arrays.stream(raw)
                        .map(OfferSearchParams::trimmed)
                        .filter(value -> value != null)
                        .toList();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
