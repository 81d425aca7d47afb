package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.internal.EntryNotFoundException;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anyone proposes an organisation; its editors (coordinators, its own members) change it. */
@Controller
class OrganisationEditController {

    private final Directory directory;
    private final OrganisationFormSupport support;
    private final Territories territories;
    private final PublicLimits.Scope proposals;

    OrganisationEditController(
            Directory directory, OrganisationFormSupport support, Territories territories, PublicLimits limits) {
        this.directory = directory;
        this.support = support;
        this.territories = territories;
        this.proposals = limits.scope("directory-proposal");
    }

    @GetMapping("/annuaire/proposer")
    String proposeForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        support.choices(model, false);
        return "directory/propose";
    }

    @PostMapping("/annuaire/proposer")
    String propose(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        if (form.proposerEmail() == null || !form.proposerEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue("proposerEmail", "directory.proposer.required");
        }
        Optional<OrganisationDraft> draft = support.draft(form, List.of(), errors);
        if (draft.isPresent() && !proposals.allows(request.getRemoteAddr(), form.proposerEmail())) {
            errors.rejectValue("proposerEmail", "limits.throttled");
            draft = Optional.empty();
        }
        if (draft.isPresent()) {
            try {
                directory.proposeOrganisation(draft.get(), form.proposerEmail().strip());
                return "redirect:/annuaire/proposer/merci";
            } catch (EntryRejectedException e) {
                OrganisationFormSupport.reject(e, errors);
            }
        }
        support.choices(model, false);
        return "directory/propose";
    }

    @GetMapping("/annuaire/proposer/merci")
    String proposed() {
        return "directory/proposed";
    }

    @GetMapping("/annuaire/structures/{id}/modifier")
    String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Organisation organisation = editable(id, user);
        String label = organisation.communeCode() == null
                ? ""
                : territories
                        .commune(organisation.communeCode())
                        .map(Commune::label)
                        .orElse("");
        model.addAttribute("form", OrganisationForm.of(organisation, label));
        return editView(organisation, user, model);
    }

    @PostMapping("/annuaire/structures/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = editable(id, user);
        Optional<OrganisationDraft> draft = support.draft(form, coverageToKeep(organisation), errors);
        if (draft.isPresent()) {
            try {
                boolean coverageWaits = directory.updateOrganisation(user, id, draft.get());
                return PageAnswers.back(
                        redirect,
                        coverageWaits ? "directory.saved.coverageWaits" : "directory.saved",
                        "/annuaire/structures/" + id);
            } catch (EntryRejectedException e) {
                OrganisationFormSupport.reject(e, errors);
            }
        }
        return editView(organisation, user, model);
    }

    /** What "keep" keeps: the approved coverage, or for a proposal not yet published the one it proposes. */
    private List<UUID> coverageToKeep(Organisation organisation) {
        return organisation.coverage().isEmpty()
                ? directory.waitingCoverage(organisation.id()).stream()
                        .map(fr.passerelle.territory.Perimeter::id)
                        .toList()
                : organisation.coverage();
    }

    private Organisation editable(UUID id, AccountUser user) {
        Organisation organisation = directory.organisation(id).orElseThrow(() -> new EntryNotFoundException(id));
        if (!directory.canEdit(user, id)) {
            throw new AccessDeniedException("Not an editor of " + id);
        }
        return organisation;
    }

    private String editView(Organisation organisation, AccountUser user, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("canModerate", directory.coordinates(user, organisation.id()));
        model.addAttribute("waitingCoverage", directory.waitingCoverage(organisation.id()));
        support.choices(model, true);
        return "directory/edit";
    }
}
