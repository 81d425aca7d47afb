package fr.passerelle.events.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.Stands;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The stand's page for its team, made for a phone at a fair: one-tap tallies and a lead captured in a few seconds;
 * and each territory's own leads, with what it did.
 */
@Controller
record StandController(Stands stands, Events events, Directory directory) {

    @GetMapping("/agenda/{id}/stand")
    String stand(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = events.event(id)
                .filter(found -> stands.onTeam(user, id))
                .orElseThrow(() -> new EventNotFoundException(id));
        model.addAttribute("event", event);
        model.addAttribute("coordinates", stands.coordinates(user, id));
        model.addAttribute("tallies", stands.tallies(id));
        model.addAttribute("counting", stands.counting(id));
        model.addAttribute("past", event.lastDay().isBefore(fr.passerelle.common.Paris.today()));
        model.addAttribute("tallyKinds", Stands.Tally.values());
        model.addAttribute("leads", stands.leadCount(id));
        model.addAttribute("territories", names(stands.territories(id)));
        model.mergeAttributes(Map.of("leadForm", LeadForm.empty()));
        return "events/stand";
    }

    /** The coordinators choose the stand's territories: those chosen, and the directory's answers to a search. */
    @GetMapping("/agenda/{id}/stand/territoires")
    String territories(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = stand(id);
        stands.requireCoordinator(user, id);
        return territoriesPage(model, event, stands.territories(id), q, null);
    }

    @PostMapping("/agenda/{id}/stand/territoires")
    String chooseTerritories(
            @PathVariable UUID id,
            @RequestParam(name = "territory", required = false) List<UUID> chosen,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Event event = stand(id);
        try {
            stands.setTerritories(user, id, chosen == null ? List.of() : chosen);
        } catch (EventRejectedException rejected) {
            return territoriesPage(model, event, chosen == null ? List.of() : chosen, "", rejected.messageKey());
        }
        return PageAnswers.back(redirect, "stand.territories.saved", "/agenda/" + id + "/stand");
    }

    private String territoriesPage(Model model, Event event, List<UUID> chosen, String q, String error) {
        model.addAttribute("event", event);
        model.addAttribute("chosen", names(chosen));
        model.addAttribute("q", q);
        Map<UUID, String> found = new LinkedHashMap<>();
        if (!q.isBlank()) {
            directory.allOrganisations(DirectoryQuery.all().withText(q), 30).stream()
                    .filter(organisation -> !chosen.contains(organisation.id()))
                    .forEach(organisation -> found.put(organisation.id(), organisation.name()));
        }
        model.addAttribute("found", found);
        model.addAttribute("error", error);
        return "events/stand-territories";
    }

    private Map<UUID, String> names(List<UUID> organisations) {
        Map<UUID, String> names = new LinkedHashMap<>();
        organisations.forEach(organisation ->
                names.put(organisation, directory.organisationName(organisation).orElse("")));
        return names;
    }

    private Event stand(UUID id) {
        return events.event(id)
                .filter(event -> event.kind() == fr.passerelle.events.EventKind.STAND)
                .orElseThrow(() -> new EventNotFoundException(id));
    }

    @PostMapping("/agenda/{id}/stand/{action:compter|decompter}")
    String tap(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam Stands.Tally tally,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "problem").tried(() -> {
            if ("compter".equals(action)) {
                stands.tap(user, id, tally);
            } else {
                stands.untap(user, id, tally);
            }
        });
        return "redirect:/agenda/" + id + "/stand";
    }

    @PostMapping("/agenda/{id}/stand/pistes")
    String capture(
            @PathVariable UUID id,
            @Valid @ModelAttribute("leadForm") LeadForm typed,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(typed, binding, model);
        PageAnswers.sent(
                redirect,
                errors,
                () -> stands.capture(user, id, ((LeadForm) errors.getTarget()).draft()),
                "stand.lead.saved");
        return "redirect:/agenda/" + id + "/stand#piste";
    }

    @GetMapping("/stands/pistes")
    String leads(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("leads", stands.leadsOf(user));
        model.addAttribute("actions", Stands.ACTIONS);
        return "events/leads";
    }

    @PostMapping("/stands/pistes/{lead}")
    String follow(
            @PathVariable UUID lead,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        stands.follow(user, lead, action, note);
        return PageAnswers.back(redirect, "stand.lead.followed", "/stands/pistes#l-" + lead);
    }
}
