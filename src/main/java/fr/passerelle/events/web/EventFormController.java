package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventDraft;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.EventMode;
import fr.passerelle.events.EventRejectedException;
import fr.passerelle.events.Events;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing events into the common agenda (coordinators, and territory agents for their territory), duplicating an
 * event to a new date, and featuring one (coordinators).
 */
@Controller
class EventFormController {

    static final int SLOTS = 3;
    static final int QUESTIONS = 3;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Events events;

    EventFormController(Events events) {
        this.events = events;
    }

    @GetMapping("/agenda/nouvel-evenement")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        return form(model, new HashMap<>(), Map.of());
    }

    @PostMapping("/agenda/nouvel-evenement")
    String create(
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        requirePublisher(user);
        Map<String, String> errors = new LinkedHashMap<>();
        EventDraft draft = draft(form, errors);
        try {
            if (errors.isEmpty()) {
                UUID id = events.publish(user, draft);
                redirect.addFlashAttribute("notice", "event.published");
                return "redirect:/agenda/" + id;
            }
            events.check(user, draft);
        } catch (EventRejectedException rejected) {
            rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach.messageKey()));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        return form(model, kept, errors);
    }

    @PostMapping("/agenda/{id}/dupliquer")
    String duplicate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String day,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        requirePublisher(user);
        LocalDate date = date(day);
        if (date == null || date.isBefore(LocalDate.now(PARIS))) {
            redirect.addFlashAttribute("duplicateError", "event.duplicate.date");
            return "redirect:/agenda/" + id + "#dupliquer";
        }
        UUID copy = events.duplicate(user, id, date);
        redirect.addFlashAttribute("notice", "event.duplicated");
        return "redirect:/agenda/" + copy;
    }

    @PostMapping("/agenda/{id}/une")
    String feature(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean featured,
            @AuthenticationPrincipal AccountUser user) {
        events.feature(user, id, featured);
        return "redirect:/agenda/" + id;
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("slots", List.of(1, 2, 3));
        model.addAttribute("questions", List.of(1, 2, 3));
        return "events/form";
    }

    /** The draft from the form; what does not read (a date, a time, a number) is written in {@code errors}. */
    private static EventDraft draft(Map<String, String> form, Map<String, String> errors) {
        Integer capacity = null;
        String typedCapacity = blank(form.get("capacity"));
        if (typedCapacity != null) {
            if (typedCapacity.matches("\\d{1,6}")) {
                capacity = Integer.parseInt(typedCapacity);
            } else {
                errors.put("capacity", "event.capacity.invalid");
            }
        }
        List<Event.Slot> slots = new ArrayList<>();
        for (int n = 1; n <= SLOTS; n++) {
            String day = blank(form.get("slot" + n + "Date"));
            String from = blank(form.get("slot" + n + "Start"));
            String to = blank(form.get("slot" + n + "End"));
            if (day == null && from == null && to == null) {
                continue;
            }
            LocalDate date = day == null ? null : date(day);
            LocalTime start = time(from);
            LocalTime end = time(to);
            if (date == null || start == null || end == null) {
                errors.putIfAbsent("slot" + n, "event.slot.invalid");
                continue;
            }
            slots.add(new Event.Slot(
                    date.atTime(start).atZone(PARIS).toOffsetDateTime(),
                    date.atTime(end).atZone(PARIS).toOffsetDateTime()));
        }
        List<Event.Question> questions = new ArrayList<>();
        for (int n = 1; n <= QUESTIONS; n++) {
            String label = blank(form.get("question" + n));
            if (label != null) {
                questions.add(new Event.Question(
                        questions.size() + 1, label, "true".equals(form.get("question" + n + "Required"))));
            }
        }
        List<String> keywords = blank(form.get("keywords")) == null
                ? List.of()
                : Arrays.stream(form.get("keywords").split(","))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList();
        return new EventDraft(
                Vocabulary.parse(EventKind.class, String.valueOf(form.get("kind")))
                        .orElse(null),
                form.get("title"),
                form.get("programme"),
                form.get("audience"),
                form.get("speakers"),
                null,
                form.get("partners"),
                form.get("demarche"),
                Vocabulary.parse(EventMode.class, String.valueOf(form.get("mode")))
                        .orElse(null),
                form.get("place"),
                null,
                form.get("onlineLink"),
                capacity,
                null,
                null,
                "true".equals(form.get("approval")),
                keywords,
                slots,
                questions);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), FRENCH_DATE) : LocalDate.parse(value.strip());
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    private static LocalTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip().replace('h', ':').replaceAll(":$", ":00"));
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    private void requirePublisher(AccountUser user) {
        if (!events.publishes(user)) {
            throw new AccessDeniedException("Coordinators and territory agents only");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
