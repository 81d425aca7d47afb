package fr.passerelle.events.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventAudience;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The agenda's filters as they travel in the URL (page, feed, API): kinds, audiences, a month (2027-03), online only,
 * words, a territory, and from/to dates for the API.
 */
record AgendaParams(
        List<String> kind,
        List<String> audience,
        String month,
        boolean online,
        String q,
        String from,
        String to,
        String territory,
        int page,
        String network) {

    static AgendaParams from(HttpServletRequest request) {
        AgendaRequest sent = new AgendaRequest(
                request.getParameter("from"),
                request.getParameter("to"),
                request.getParameter("month"),
                values(request, "kind"),
                values(request, "audience"),
                request.getParameter("online"),
                request.getParameter("territory"),
                request.getParameter("q"),
                request.getParameter("reseau"));
        return of(sent, request.getParameter("page"));
    }

    /** The filters from their values as sent: blank values are none, a page that is no number is the first. */
    static AgendaParams of(AgendaRequest sent, String page) {
        String online = sent.online();
        return new AgendaParams(
                Texts.chosen(sent.kind()),
                Texts.chosen(sent.audience()),
                Texts.blankToNull(sent.month()),
                online != null && List.of("true", "on", "1", "oui").contains(online.toLowerCase()),
                Texts.blankToNull(sent.q()),
                Texts.blankToNull(sent.from()),
                Texts.blankToNull(sent.to()),
                Texts.blankToNull(sent.territory()),
                page != null && page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0,
                Texts.blankToNull(sent.reseau()));
    }

    /** The query, its territory resolved by the filter; a territory it does not know is written in {@code wrong}. */
    Events.AgendaQuery query(int size, List<String> wrong, TerritoryFilter territories) {
        if (territory() == null) {
            return query(size, wrong);
        }
        var found = territories.resolve(territory()).orElse(null);
        if (found == null) {
            wrong.add("territory=" + territory());
            return query(size, wrong);
        }
        return query(size, wrong, found.communes(), found.perimeter());
    }

    /** The query: upcoming events unless a month or dates say otherwise; unknown values go to {@code wrong}. */
    Events.AgendaQuery query(int size, List<String> wrong) {
        return query(size, wrong, null, null);
    }

    /** The query, limited to a territory's communes and the events its agents published when one is given. */
    Events.AgendaQuery query(int size, List<String> wrong, List<String> communes, java.util.UUID perimeter) {
        List<EventKind> kinds = new ArrayList<>();
        for (String code : kind) {
            Vocabulary.parse(EventKind.class, code).ifPresentOrElse(kinds::add, () -> wrong.add("kind=" + code));
        }
        List<EventAudience> audiences = new ArrayList<>();
        for (String code : audience) {
            Vocabulary.parse(EventAudience.class, code)
                    .ifPresentOrElse(audiences::add, () -> wrong.add("audience=" + code));
        }
        OffsetDateTime start = null;
        OffsetDateTime end = null;
        if (month != null) {
            try {
                YearMonth chosen = YearMonth.parse(month);
                start = chosen.atDay(1).atStartOfDay(Paris.ZONE).toOffsetDateTime();
                end = chosen.plusMonths(1).atDay(1).atStartOfDay(Paris.ZONE).toOffsetDateTime();
            } catch (java.time.format.DateTimeParseException wrongMonth) {
                wrong.add("month=" + month);
            }
        }
        if (from != null) {
            start = date(from, "from", wrong, start);
        }
        if (to != null) {
            end = date(to, "to", wrong, end);
        }
        if (start == null && end == null) {
            start = java.time.LocalDate.now(Paris.ZONE).atStartOfDay(Paris.ZONE).toOffsetDateTime();
        }
        return new Events.AgendaQuery(
                start,
                end,
                kinds,
                audiences,
                online ? Boolean.TRUE : null,
                q,
                communes,
                perimeter,
                page,
                size,
                networkId(wrong));
    }

    /** The network chosen ("reseau"), or null for all; one that is no identifier is written in {@code wrong}. */
    private java.util.UUID networkId(List<String> wrong) {
        if (network == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(network);
        } catch (IllegalArgumentException notAnId) {
            wrong.add("reseau=" + network);
            return null;
        }
    }

    private static OffsetDateTime date(String value, String name, List<String> wrong, OffsetDateTime fallback) {
        try {
            return java.time.LocalDate.parse(value).atStartOfDay(Paris.ZONE).toOffsetDateTime();
        } catch (java.time.format.DateTimeParseException bad) {
            wrong.add(name + "=" + value);
            return fallback;
        }
    }

    /** The same filters for another month (no dates, first page). */
    AgendaParams inMonth(YearMonth other) {
        return new AgendaParams(kind, audience, other.toString(), online, q, null, null, territory, 0, network);
    }

    String queryString() {
        List<String> parts = new ArrayList<>();
        kind.forEach(value -> parts.add("kind=" + encode(value)));
        audience.forEach(value -> parts.add("audience=" + encode(value)));
        if (month != null) {
            parts.add("month=" + encode(month));
        }
        if (online) {
            parts.add("online=true");
        }
        if (q != null) {
            parts.add("q=" + encode(q));
        }
        if (territory != null) {
            parts.add("territory=" + encode(territory));
        }
        if (network != null) {
            parts.add("reseau=" + encode(network));
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : Arrays.asList(values);
    }
}
