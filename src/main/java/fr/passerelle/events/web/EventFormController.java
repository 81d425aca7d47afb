package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Submissions;
import fr.passerelle.common.Texts;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing events into the common agenda (coordinators, and territory agents for their territory), changing them
 * (their organisers), duplicating an event to a new date, and featuring one (coordinators).
 */
@Controller
record EventFormController(Events events, Territories territories) {

    @GetMapping("/agenda/nouvel-evenement")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        model.addAttribute("eventForm", EventForm.empty());
        return form(model, null);
    }

    @PostMapping("/agenda/nouvel-evenement")
    String create(
            @Valid @ModelAttribute("eventForm") EventForm typed,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        requirePublisher(user);
        BindingResult errors = FormErrors.bound(typed, binding, model);
        EventDraft draft = checked((EventForm) errors.getTarget(), null, user, errors);
        return Submissions.recorded(errors, () -> events.publish(user, draft))
                .map(id -> PageAnswers.back(redirect, "event.published", "/agenda/" + id))
                .orElseGet(() -> form(model, null));
    }

    @GetMapping("/agenda/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = editable(user, id);
        String communeLabel = event.communeCode() == null
                ? null
                : territories
                        .commune(event.communeCode())
                        .map(commune -> commune.name())
                        .orElse(null);
        model.addAttribute("eventForm", EventForm.of(event, communeLabel));
        return form(model, event);
    }

    @PostMapping("/agenda/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("eventForm") EventForm typed,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Event event = editable(user, id);
        BindingResult errors = FormErrors.bound(typed, binding, model);
        EventForm form = (EventForm) errors.getTarget();
        EventDraft draft = checked(form, event.organiserId(), user, errors);
        return Submissions.recorded(errors, () -> form.onRows(() -> events.update(user, id, draft)))
                .map(told -> PageAnswers.back(redirect, told ? "event.updated.told" : "event.updated", "/agenda/" + id))
                .orElseGet(() -> form(model, event));
    }

    @PostMapping("/agenda/{id}/dupliquer")
    String duplicate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String day,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        requirePublisher(user);
        LocalDate date = date(day);
        if (date == null || date.isBefore(Paris.today())) {
            redirect.addFlashAttribute("duplicateError", "event.duplicate.date");
            return "redirect:/agenda/" + id + "#dupliquer";
        }
        UUID copy = events.duplicate(user, id, date);
        return PageAnswers.back(redirect, "event.duplicated", "/agenda/" + copy);
    }

    @PostMapping("/agenda/{id}/une")
    String feature(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean featured,
            @AuthenticationPrincipal AccountUser user) {
        events.feature(user, id, featured);
        return "redirect:/agenda/" + id;
    }

    /** The form's draft, every problem on the binding result: the fields' own, then the events module's rules. */
    private EventDraft checked(EventForm form, UUID organiser, AccountUser user, BindingResult errors) {
        rejectIncompleteSlots(form, errors);
        if (form.unknownAudience()) {
            errors.rejectValue("audiences", "event.audience.unknown");
        }
        EventDraft draft = form.draft(organiser, commune(form, errors));
        try {
            events.check(user, draft);
        } catch (EventRejectedException rejected) {
            FormErrors.reject(errors, rejected);
        }
        return draft;
    }

    /** A slot row needs its day and both hours; a row whose fields do not read already says so. */
    private static void rejectIncompleteSlots(EventForm form, BindingResult errors) {
        if (form.slots().stream().anyMatch(EventForm.Slot::capacityUnreadable)) {
            errors.rejectValue("slots", "event.slot.capacity.invalid");
        }
        for (int n = 0; n < form.slots().size(); n++) {
            EventForm.Slot slot = form.slots().get(n);
            String row = "slots[" + n + "]";
            if (!slot.blank() && !slot.complete() && !errors.hasFieldErrors(row + ".*")) {
                errors.rejectValue(row + ".date", "event.slot.invalid");
            }
        }
    }

    /** The commune's INSEE code: chosen among the suggestions, or found from what was typed without JavaScript. */
    private String commune(EventForm form, BindingResult errors) {
        String code = Texts.blankToNull(form.commune());
        String typed = Texts.blankToNull(form.communeLabel());
        String found = code != null
                ? territories.commune(code).map(commune -> code).orElse(null)
                : typed == null
                        ? null
                        : territories.searchCommunes(typed, 1).stream()
                                .findFirst()
                                .map(match -> match.code())
                                .orElse(null);
        if (found == null && (code != null || typed != null)) {
            errors.rejectValue("commune", "event.commune.unknown");
        }
        return found;
    }

    private Event editable(AccountUser user, UUID id) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!events.edits(user, event)) {
            throw new AccessDeniedException("Only its organisers change an event");
        }
        return event;
    }

    private static String form(Model model, Event event) {
        model.addAttribute("event", event);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("audienceChoices", EventAudience.values());
        return "events/form";
    }

    private static LocalDate date(String typed) {
        try {
            return FrenchDates.date(typed);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private void requirePublisher(AccountUser user) {
        if (!events.publishes(user)) {
            throw new AccessDeniedException("Coordinators and territory agents only");
        }
    }
}
