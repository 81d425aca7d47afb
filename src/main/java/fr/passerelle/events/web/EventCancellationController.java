package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.Registrations;
import jakarta.validation.Valid;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cancelling an event, for those who may change it: a page that says who will be told, then the confirming POST. */
@Controller
@RequiredArgsConstructor
class EventCancellationController {

    private final Events events;
    private final Registrations registrations;

    @GetMapping("/agenda/{id}/annulation")
    String ask(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("cancellation", EventCancellationForm.empty());
        return page(editable(id, user), model);
    }

    @PostMapping("/agenda/{id}/annulation")
    String cancel(
            @PathVariable UUID id,
            @Valid @ModelAttribute("cancellation") EventCancellationForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Event event = editable(id, user);
        if (FormErrors.bound(form, binding, model).hasErrors()) {
            return page(event, model);
        }
        boolean cancelled = events.cancel(user, id, form.reason());
        redirect.addFlashAttribute("notice", cancelled ? "event.cancel.done" : "event.cancel.already");
        return "redirect:/agenda/" + id;
    }

    private Event editable(UUID id, AccountUser user) {
        return events.event(id)
                .filter(event -> events.edits(user, event))
                .orElseThrow(() -> new EventNotFoundException(id));
    }

    private String page(Event event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("registrants", registrations.activeIds(event.id()).size());
        return "events/cancel-event";
    }
}
