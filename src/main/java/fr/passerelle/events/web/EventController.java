package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventCalendar;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.web.FeedLink;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public agenda: the list by month with its filters, an event's page (with schema.org data and the registration
 * form), and the calendar feeds.
 */
@Controller
@RequiredArgsConstructor
class EventController {

    /** Events per page of the agenda: a busy month at national scale has hundreds. */
    static final int AGENDA_SIZE = 20;
    /** Events a month's calendar shows at most; the list pages through the rest. */
    static final int MONTH_LIMIT = 300;

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM, HH'h'mm", java.util.Locale.FRENCH);
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH);
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH);

    /** An event of the agenda with its start written in French. */
    record AgendaItem(Event event, String when) {}

    private final Events events;
    private final Registrations registrations;
    private final EventCalendar calendar;
    private final TerritoryFilter territories;
    private final fr.passerelle.events.internal.Participants participants;
    private final fr.passerelle.events.Stands stands;
    private final List<fr.passerelle.events.EventDocuments> documents;
    private final EventStructuredData structuredData;
    private final fr.passerelle.accounts.Networks networks;
    private final SessionOptions sessionOptions;

    @GetMapping("/agenda")
    String agenda(HttpServletRequest request, @AuthenticationPrincipal AccountUser user, Model model) {
        AgendaParams params = AgendaParams.from(request);
        List<String> wrong = new ArrayList<>();
        List<Event> fetched = events.agenda(params.query(AGENDA_SIZE, wrong, territories));
        List<Event> found = fetched.stream().limit(AGENDA_SIZE).toList();
        model.addAttribute("more", fetched.size() > AGENDA_SIZE);
        // Dates are written here once, in French, rather than by the template for each event.
        Map<YearMonth, List<AgendaItem>> byMonth = new TreeMap<>();
        found.forEach(event -> {
            var start = event.startsAt().atZoneSameInstant(Paris.ZONE);
            byMonth.computeIfAbsent(YearMonth.from(start), month -> new ArrayList<>())
                    .add(new AgendaItem(event, WHEN.format(start)));
        });
        Map<YearMonth, String> months = new LinkedHashMap<>();
        byMonth.keySet().forEach(month -> {
            String label = MONTH.format(month);
            months.put(month, Character.toUpperCase(label.charAt(0)) + label.substring(1));
        });
        model.addAttribute("months", months);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("params", params);
        model.addAttribute("wrong", wrong);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("audiences", EventAudience.values());
        model.addAttribute("territoryChoices", territories.choices());
        model.addAttribute("networkChoices", networkChoices());
        model.addAttribute("queryString", params.queryString());
        model.addAttribute("feedLinks", feedLinks(params.queryString()));
        model.addAttribute("canPublish", events.publishes(user));
        return "events/agenda";
    }

    /** The networks to filter the agenda by, id to name; none when the platform has only one. */
    private Map<String, String> networkChoices() {
        var all = networks.all();
        Map<String, String> choices = new LinkedHashMap<>();
        if (all.size() > 1) {
            all.forEach(network -> choices.put(network.id().toString(), network.name()));
        }
        return choices;
    }

    /**
     * The month view: the month's events in a calendar, a week a row, Monday first; an event of several days shows on
     * each of its days. The list's filters carry over, and from month to month.
     */
    @GetMapping(value = "/agenda", params = "vue=mois")
    String month(HttpServletRequest request, @AuthenticationPrincipal AccountUser user, Model model) {
        AgendaParams asked = AgendaParams.from(request);
        YearMonth month;
        try {
            month = asked.month() == null ? YearMonth.now(Paris.ZONE) : YearMonth.parse(asked.month());
        } catch (DateTimeParseException wrong) {
            month = YearMonth.now(Paris.ZONE);
        }
        AgendaParams params = asked.inMonth(month);
        List<String> wrong = new ArrayList<>();
        List<Event> found = events.agenda(params.query(MONTH_LIMIT, wrong, territories));
        Map<LocalDate, List<Event>> byDay = new HashMap<>();
        for (Event event : found.subList(0, Math.min(found.size(), MONTH_LIMIT))) {
            event.slots().stream()
                    .map(slot -> slot.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate())
                    .distinct()
                    .forEach(day ->
                            byDay.computeIfAbsent(day, key -> new ArrayList<>()).add(event));
        }
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(DayOfWeek.MONDAY);
        while (!day.isAfter(month.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(day);
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        String label = MONTH.format(month);
        model.addAttribute("monthLabel", Character.toUpperCase(label.charAt(0)) + label.substring(1));
        model.addAttribute("month", month);
        model.addAttribute("weeks", weeks);
        model.addAttribute("byDay", byDay);
        model.addAttribute("params", params);
        model.addAttribute("wrong", wrong);
        model.addAttribute("more", found.size() > MONTH_LIMIT);
        model.addAttribute("listQuery", params.queryString());
        model.addAttribute("feedLinks", feedLinks(params.queryString()));
        model.addAttribute("previousQuery", asked.inMonth(month.minusMonths(1)).queryString());
        model.addAttribute("nextQuery", asked.inMonth(month.plusMonths(1)).queryString());
        model.addAttribute("canPublish", events.publishes(user));
        return "events/month";
    }

    @GetMapping("/agenda/{id:[0-9a-f\\-]{36}}")
    String event(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        model.addAttribute("organises", participants.organises(user, id));
        model.addAttribute(
                "onStandTeam", event.kind() == fr.passerelle.events.EventKind.STAND && stands.onTeam(user, id));
        model.addAttribute("coordinates", events.features(user, id));
        model.addAttribute("editable", events.edits(user, event));
        model.addAttribute("event", event);
        OffsetDateTime now = OffsetDateTime.now();
        model.addAttribute("open", event.open(now));
        model.addAttribute("notYet", event.registrationOpensAt() != null && now.isBefore(event.registrationOpensAt()));
        model.addAttribute(
                "opensOn",
                event.registrationOpensAt() == null
                        ? null
                        : DAY.format(event.registrationOpensAt().atZoneSameInstant(Paris.ZONE)));
        // Registrations close at the start of the day after the one the organiser chose: show that day.
        model.addAttribute(
                "closesOn",
                event.registrationClosesAt() == null
                        ? null
                        : DAY.format(
                                event.registrationClosesAt().minusSeconds(1).atZoneSameInstant(Paris.ZONE)));
        Integer left = event.capacity() == null ? null : Math.max(0, event.capacity() - registrations.taken(id));
        model.addAttribute("left", left);
        model.addAttribute("jsonLd", structuredData.of(event, left));
        model.addAttribute(
                "documents",
                documents.stream()
                        .flatMap(source -> source.ofEvent(id, user).stream())
                        .toList());
        model.mergeAttributes(Map.of("registrationForm", RegistrationForm.empty(event)));
        model.addAttribute("sessionOptions", sessionOptions.of(event));
        return "events/event";
    }

    @GetMapping(value = "/agenda.ics", produces = "text/calendar")
    ResponseEntity<String> feed(HttpServletRequest request) {
        AgendaParams params = AgendaParams.from(request);
        List<String> wrong = new ArrayList<>();
        var query = params.query(200, wrong, territories);
        if (!wrong.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("Paramètres inconnus ou invalides : " + String.join(", ", wrong));
        }
        return ics(calendar.calendar(
                "Agenda du réseau — Passerelle",
                events.agenda(query).stream().limit(200).toList(),
                false));
    }

    /** The agenda's calendar with the same filters, for calendars that find it in the page's head. */
    private static List<FeedLink> feedLinks(String query) {
        return List.of(FeedLink.calendar("agenda.feed", query.isEmpty() ? "/agenda.ics" : "/agenda.ics?" + query));
    }

    static ResponseEntity<String> ics(String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .body(body);
    }
}
