package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
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
 * Publishing events into the common agenda (coordinators, and territory agents for their territory), changing them
 * (their organisers), duplicating an event to a new date, and featuring one (coordinators).
 */
@Controller
class EventFormController {

    /** Slot and question rows the form offers at least; an event that has more shows them all, and one free row. */
    static final int SLOTS = 3;

    static final int MAX_SLOTS = 30;
    static final int QUESTIONS = 3;
    static final int MAX_QUESTIONS = 10;
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Events events;
    private final Territories territories;
    private final MessageSource messages;

    EventFormController(Events events, Territories territories, MessageSource messages) {
        this.events = events;
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/agenda/nouvel-evenement")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        return form(model, null, new HashMap<>(), Map.of());
    }

    @PostMapping("/agenda/nouvel-evenement")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "audiences", required = false) List<String> audiences,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requirePublisher(user);
        Map<String, String> kept = kept(form, audiences);
        Map<String, Breach> errors = new LinkedHashMap<>();
        EventDraft draft = draft(kept, null, errors);
        try {
            if (errors.isEmpty()) {
                UUID id = events.publish(user, draft);
                redirect.addFlashAttribute("notice", "event.published");
                return "redirect:/agenda/" + id;
            }
            events.check(user, draft);
        } catch (EventRejectedException rejected) {
            keep(rejected, errors);
        }
        return form(model, null, kept, texts(errors, locale));
    }

    @GetMapping("/agenda/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = editable(user, id);
        return form(model, event, fields(event), Map.of());
    }

    @PostMapping("/agenda/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(name = "audiences", required = false) List<String> audiences,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Event event = editable(user, id);
        Map<String, String> kept = kept(form, audiences);
        Map<String, Breach> errors = new LinkedHashMap<>();
        EventDraft draft = draft(kept, event.organiserId(), errors);
        try {
            if (errors.isEmpty()) {
                boolean told = events.update(user, id, draft);
                redirect.addFlashAttribute("notice", told ? "event.updated.told" : "event.updated");
                return "redirect:/agenda/" + id;
            }
            events.check(user, draft);
        } catch (EventRejectedException rejected) {
            keep(rejected, errors);
        }
        return form(model, event, kept, texts(errors, locale));
    }

    @PostMapping("/agenda/{id}/dupliquer")
    String duplicate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String day,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        requirePublisher(user);
        LocalDate date = date(day);
        if (date == null || date.isBefore(LocalDate.now(Paris.ZONE))) {
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

    private Event editable(AccountUser user, UUID id) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!events.edits(user, event)) {
            throw new AccessDeniedException("Only its organisers change an event");
        }
        return event;
    }

    private String form(Model model, Event event, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("audienceChoices", EventAudience.values());
        model.addAttribute(
                "chosenAudiences",
                Arrays.asList(form.getOrDefault("audiences", "").split(",")));
        model.addAttribute("slots", rows(form, "slot", "Date", SLOTS, MAX_SLOTS));
        model.addAttribute("questions", rows(form, "question", "", QUESTIONS, MAX_QUESTIONS));
        return "events/form";
    }

    /** Row numbers 1..n: at least {@code least}, and one free row after the last filled one, up to {@code most}. */
    private static List<Integer> rows(Map<String, String> form, String prefix, String suffix, int least, int most) {
        int last = 0;
        for (int n = 1; n <= most; n++) {
            if (blank(form.get(prefix + n + suffix)) != null) {
                last = n;
            }
        }
        return IntStream.rangeClosed(1, Math.min(most, Math.max(least, last + 1)))
                .boxed()
                .toList();
    }

    /** What the person typed, to show it again; the audiences they ticked joined by commas. */
    private static Map<String, String> kept(Map<String, String> form, List<String> audiences) {
        Map<String, String> kept = new HashMap<>(form);
        kept.remove("_csrf");
        kept.put("audiences", audiences == null ? "" : String.join(",", audiences));
        return kept;
    }

    private static void keep(EventRejectedException rejected, Map<String, Breach> errors) {
        rejected.breaches().forEach(breach -> errors.putIfAbsent(breach.field(), breach));
    }

    private static void reject(Map<String, Breach> errors, String field, String messageKey) {
        errors.putIfAbsent(field, new Breach(field, messageKey));
    }

    /** The messages in the reader's language, with their arguments. */
    private Map<String, String> texts(Map<String, Breach> errors, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach((field, breach) -> texts.put(
                field,
                messages.getMessage(breach.messageKey(), breach.arguments().toArray(), locale)));
        return texts;
    }

    /** The form's fields for an event, as someone would type them. */
    private Map<String, String> fields(Event event) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", event.kind().code());
        form.put("title", event.title());
        put(form, "audience", event.audience());
        form.put(
                "audiences", event.audiences().stream().map(EventAudience::code).collect(Collectors.joining(",")));
        put(form, "programme", event.programme());
        put(form, "speakers", event.speakers());
        put(form, "partners", event.partners());
        put(form, "demarche", event.demarche());
        form.put("mode", event.mode().code());
        put(form, "place", event.place());
        put(form, "onlineLink", event.onlineLink());
        if (event.communeCode() != null) {
            form.put("commune", event.communeCode());
            territories.commune(event.communeCode()).ifPresent(commune -> form.put("communeLabel", commune.name()));
        }
        int n = 1;
        for (Event.Slot slot : event.slots()) {
            var start = slot.startsAt().atZoneSameInstant(Paris.ZONE);
            form.put("slot" + n + "Date", start.toLocalDate().toString());
            form.put("slot" + n + "Start", HOUR.format(start));
            form.put("slot" + n + "End", HOUR.format(slot.endsAt().atZoneSameInstant(Paris.ZONE)));
            n++;
        }
        if (event.capacity() != null) {
            form.put("capacity", event.capacity().toString());
        }
        if (event.registrationOpensAt() != null) {
            form.put(
                    "registrationOpens",
                    event.registrationOpensAt()
                            .atZoneSameInstant(Paris.ZONE)
                            .toLocalDate()
                            .toString());
        }
        if (event.registrationClosesAt() != null) {
            // Registrations close at the end of the day one types: the form shows that day.
            form.put(
                    "registrationCloses",
                    event.registrationClosesAt()
                            .minusSeconds(1)
                            .atZoneSameInstant(Paris.ZONE)
                            .toLocalDate()
                            .toString());
        }
        form.put("approval", String.valueOf(event.approvalRequired()));
        for (Event.Question question : event.questions()) {
            form.put("question" + question.position(), question.label());
            form.put("question" + question.position() + "Required", String.valueOf(question.required()));
        }
        form.put("keywords", String.join(", ", event.keywords()));
        form.put("audiences", form.get("audiences"));
        return form;
    }

    private static void put(Map<String, String> form, String name, String value) {
        if (value != null) {
            form.put(name, value);
        }
    }

    /** The draft from the form; what does not read (a date, a time, a number, a commune) is written in {@code errors}. */
    private EventDraft draft(Map<String, String> form, UUID organiser, Map<String, Breach> errors) {
        Integer capacity = null;
        String typedCapacity = blank(form.get("capacity"));
        if (typedCapacity != null) {
            String digits = typedCapacity.replaceAll("[\\s\u00a0\u202f]", "");
            if (digits.matches("\\d{1,6}")) {
                capacity = Integer.parseInt(digits);
            } else {
                reject(errors, "capacity", "event.capacity.invalid");
            }
        }
        List<Event.Slot> slots = new ArrayList<>();
        for (int n = 1; n <= MAX_SLOTS; n++) {
            String day = blank(form.get("slot" + n + "Date"));
            String from = blank(form.get("slot" + n + "Start"));
            String to = blank(form.get("slot" + n + "End"));
            if (day == null && from == null && to == null) {
                continue;
            }
            LocalDate date = date(day);
            LocalTime start = time(from);
            LocalTime end = time(to);
            if (date == null || start == null || end == null) {
                reject(errors, "slot" + n, "event.slot.invalid");
                continue;
            }
            slots.add(new Event.Slot(
                    date.atTime(start).atZone(Paris.ZONE).toOffsetDateTime(),
                    date.atTime(end).atZone(Paris.ZONE).toOffsetDateTime()));
        }
        slots.sort(java.util.Comparator.comparing(Event.Slot::startsAt));
        List<Event.Question> questions = new ArrayList<>();
        for (int n = 1; n <= MAX_QUESTIONS; n++) {
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
                        .distinct()
                        .toList();
        List<EventAudience> audiences = new ArrayList<>();
        for (String code : form.getOrDefault("audiences", "").split(",")) {
            if (!code.isBlank()) {
                Vocabulary.parse(EventAudience.class, code)
                        .ifPresentOrElse(audiences::add, () -> reject(errors, "audiences", "event.audience.unknown"));
            }
        }
        OffsetDateTime opens = null;
        String typedOpens = blank(form.get("registrationOpens"));
        if (typedOpens != null) {
            LocalDate day = date(typedOpens);
            if (day == null) {
                reject(errors, "registrationOpens", "event.date.invalid");
            } else {
                opens = day.atStartOfDay(Paris.ZONE).toOffsetDateTime();
            }
        }
        OffsetDateTime closes = null;
        String typedCloses = blank(form.get("registrationCloses"));
        if (typedCloses != null) {
            LocalDate day = date(typedCloses);
            if (day == null) {
                reject(errors, "registrationCloses", "event.date.invalid");
            } else {
                closes = day.plusDays(1).atStartOfDay(Paris.ZONE).toOffsetDateTime();
            }
        }
        return new EventDraft(
                Vocabulary.parse(EventKind.class, String.valueOf(form.get("kind")))
                        .orElse(null),
                form.get("title"),
                form.get("programme"),
                form.get("audience"),
                audiences,
                form.get("speakers"),
                organiser,
                form.get("partners"),
                form.get("demarche"),
                Vocabulary.parse(EventMode.class, String.valueOf(form.get("mode")))
                        .orElse(null),
                form.get("place"),
                commune(form, errors),
                form.get("onlineLink"),
                capacity,
                opens,
                closes,
                "true".equals(form.get("approval")),
                keywords,
                slots,
                questions);
    }

    /** The commune's INSEE code: chosen among the suggestions, or found from what was typed without JavaScript. */
    private String commune(Map<String, String> form, Map<String, Breach> errors) {
        String code = blank(form.get("commune"));
        if (code != null) {
            if (territories.commune(code).isEmpty()) {
                reject(errors, "commune", "event.commune.unknown");
                return null;
            }
            return code;
        }
        String typed = blank(form.get("communeLabel"));
        if (typed == null) {
            return null;
        }
        return territories.searchCommunes(typed, 1).stream()
                .findFirst()
                .map(match -> match.code())
                .orElseGet(() -> {
                    reject(errors, "commune", "event.commune.unknown");
                    return null;
                });
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
