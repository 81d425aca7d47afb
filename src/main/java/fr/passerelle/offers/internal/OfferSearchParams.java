package fr.passerelle.offers.internal;

import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.offers.OfferKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

    /** The search from a request's parameters ({@code request::getParameterValues}). */
    public static OfferSearchParams from(Function<String, String[]> parameters) {
        Function<String, String> one = name -> {
            String[] values = parameters.apply(name);
            return values == null || values.length == 0 ? null : values[0];
        };
        Function<String, List<String>> all = name -> {
            String[] values = parameters.apply(name);
            return values == null ? null : Arrays.asList(values);
        };
        return of(
                new OfferSearchRequest(
                        one.apply("q"),
                        all.apply("kind"),
                        all.apply("sector"),
                        one.apply("departement"),
                        one.apply("region"),
                        one.apply("rural"),
                        one.apply("near"),
                        one.apply("radiusKm"),
                        one.apply("nearLabel")),
                one.apply("page"));
    }

    /** The search from its parameters as sent: blank values are none, a page that is no number is the first. */
    public static OfferSearchParams of(OfferSearchRequest sent, String page) {
        int number = 0;
        if (page != null && page.matches("\\d{1,5}")) {
            number = Integer.parseInt(page);
        }
        String rural = sent.rural();
        return new OfferSearchParams(
                trimmed(sent.q()),
                values(sent.kind()),
                values(sent.sector()),
                trimmed(sent.departement()),
                trimmed(sent.region()),
                rural != null && YES.contains(rural.strip().toLowerCase(java.util.Locale.ROOT)),
                trimmed(sent.near()),
                trimmed(sent.nearLabel()),
                trimmed(sent.radiusKm()),
                number);
    }

    /** The search from a query string as {@link #queryString()} writes it. */
    public static OfferSearchParams fromQueryString(String query) {
        java.util.Map<String, java.util.List<String>> parameters = new java.util.LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters
                            .computeIfAbsent(
                                    java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                                    name -> new java.util.ArrayList<>())
                            .add(java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return from(name -> {
            java.util.List<String> values = parameters.get(name);
            return values == null ? null : values.toArray(String[]::new);
        });
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
                size,
                null);
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

    /** The same search without its words. */
    public OfferSearchParams withoutWords() {
        return new OfferSearchParams(null, kind, sector, departement, region, rural, near, nearLabel, radiusKm, 0);
    }

    /** The same search within another distance of its place. */
    public OfferSearchParams withRadius(int km) {
        return new OfferSearchParams(
                q, kind, sector, departement, region, rural, near, nearLabel, String.valueOf(km), 0);
    }

    /** The same search anywhere, not near a place. */
    public OfferSearchParams withoutPlace() {
        return new OfferSearchParams(q, kind, sector, departement, region, rural, null, null, null, 0);
    }

    /** The same words and place, without the kind, sector, département, région and rurality filters. */
    public OfferSearchParams withoutFilters() {
        return new OfferSearchParams(q, List.of(), List.of(), null, null, false, near, nearLabel, radiusKm, 0);
    }

    /** Whether a kind, sector, département, région or rurality filter is chosen. */
    public boolean hasFilters() {
        return !kind.isEmpty() || !sector.isEmpty() || departement != null || region != null || rural;
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

    private static List<String> values(List<String> raw) {
        return raw == null
                ? List.of()
                : raw.stream()
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
