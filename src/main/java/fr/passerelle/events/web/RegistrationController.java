package fr.passerelle.events.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.events.internal.RegistrationClosedException;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.Surveys;
import fr.passerelle.events.internal.TooManyRegistrationsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
 * Registering from an event's page, and a registration's own pages, reached from its e-mails only: confirming the
 * address in one click, cancelling, answering the survey. The answer to registering says nothing of the address typed
 * (known or not) and never carries the personal link.
 */
@Controller
record RegistrationController(Events events, Registrations registrations, Surveys surveys) {

    @PostMapping("/agenda/{id}/inscription")
    String register(
            @PathVariable UUID id,
            @Valid @ModelAttribute("registrationForm") RegistrationForm typed,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(typed, binding, model);
        RegistrationForm form = (RegistrationForm) errors.getTarget();
        try {
            RegistrationReceipt receipt = registrations.register(id, form.draft(), request.getRemoteAddr());
            redirect.addFlashAttribute("registered", receipt.status().code());
            redirect.addFlashAttribute("registeredEmail", form.email().strip());
            if (receipt.confirmBy() != null) {
                redirect.addFlashAttribute(
                        "confirmMinutes", registrations.confirmationDelay().toMinutes());
            }
            return "redirect:/agenda/" + id;
        } catch (EventRejectedException rejected) {
            FormErrors.reject(errors, rejected, answerFields(rejected));
            PageAnswers.form(redirect, errors);
        } catch (RegistrationClosedException closed) {
            redirect.addFlashAttribute("closedError", "registration.closed");
        } catch (TooManyRegistrationsException tooMany) {
            redirect.addFlashAttribute("closedError", "registration.tooMany");
        }
        return "redirect:/agenda/" + id + "#inscription";
    }

    @GetMapping("/agenda/inscriptions/{token}")
    String registration(@PathVariable String token, Model model) {
        return linkPage(byLink(token), token, model, "events/registration");
    }

    /** The e-mail's link: one click confirms the address (a GET, so that the click is all it takes). */
    @GetMapping("/agenda/inscriptions/{token}/confirmer")
    String confirm(@PathVariable String token, RedirectAttributes redirect) {
        RegistrationStatus status = registrations.confirm(token);
        boolean ended = status == RegistrationStatus.EXPIRED
                || status == RegistrationStatus.CANCELLED
                || status == RegistrationStatus.REFUSED;
        redirect.addFlashAttribute(ended ? "problem" : "notice", "registration.confirmation." + outcome(status));
        return "redirect:/agenda/inscriptions/" + token;
    }

    /** Cancelling asks first: the page says what the person gives up (a seat, or their rank on the waitlist). */
    @GetMapping("/agenda/inscriptions/{token}/annuler")
    String confirmCancel(@PathVariable String token, Model model) {
        Registrations.Registration registration = byLink(token);
        if (!registration.status().cancellable()) {
            return "redirect:/agenda/inscriptions/" + token;
        }
        return linkPage(registration, token, model, "events/cancel");
    }

    @PostMapping("/agenda/inscriptions/{token}/annuler")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        registrations.cancel(token);
        redirect.addFlashAttribute("notice", "registration.cancelled");
        return "redirect:/agenda/inscriptions/" + token;
    }

    @GetMapping("/agenda/inscriptions/{token}/avis")
    String survey(@PathVariable String token, Model model) {
        Event event = events.event(byLink(token).eventId()).orElseThrow();
        model.addAttribute("event", event);
        model.addAttribute("ended", event.ended(OffsetDateTime.now()));
        model.addAttribute("token", token);
        return "events/survey";
    }

    @PostMapping("/agenda/inscriptions/{token}/avis")
    String answerSurvey(
            @PathVariable String token,
            @RequestParam(required = false) String satisfaction,
            @RequestParam(defaultValue = "") String useful,
            @RequestParam(defaultValue = "") String willApply,
            RedirectAttributes redirect) {
        Integer mark = satisfaction != null && satisfaction.matches("[1-5]") ? Integer.valueOf(satisfaction) : null;
        PageAnswers.of(redirect, "surveyError")
                .keeping("useful", useful)
                .keeping("willApply", willApply)
                .tried(() -> surveys.answer(token, mark, useful, willApply), "survey.thanks");
        return "redirect:/agenda/inscriptions/" + token + "/avis";
    }

    /** A page of the e-mailed link: the registration and its event. */
    private String linkPage(Registrations.Registration registration, String token, Model model, String view) {
        model.addAttribute("registration", registration);
        model.addAttribute("event", events.event(registration.eventId()).orElseThrow());
        model.addAttribute("token", token);
        return view;
    }

    /** The registration of the e-mailed link; an unknown link is a page that does not exist. */
    private Registrations.Registration byLink(String token) {
        return registrations.byToken(token).orElseThrow(() -> new EventNotFoundException("link"));
    }

    /** What a click on the confirmation link led to; a place marked present or absent was confirmed. */
    private static String outcome(RegistrationStatus status) {
        return status == RegistrationStatus.ATTENDED || status == RegistrationStatus.NO_SHOW
                ? RegistrationStatus.CONFIRMED.code()
                : status.code();
    }

    /** The answers' fields as the form names them. */
    private static Map<String, String> answerFields(EventRejectedException rejected) {
        Map<String, String> fields = new HashMap<>();
        rejected.breaches().forEach(breach -> fields.put(breach.field(), RegistrationForm.field(breach.field())));
        return fields;
    }
}
