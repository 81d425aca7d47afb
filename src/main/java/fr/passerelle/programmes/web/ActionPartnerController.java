package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.programmes.internal.ActionPartners;
import fr.passerelle.programmes.internal.OrganisationPicker;
import fr.passerelle.programmes.internal.PartnerDraft;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action's partners and, for a stand, the talks held inside its fair: adding and taking them off. */
@Controller
record ActionPartnerController(ActionPartners partners, OrganisationPicker picker, ProgrammePageModels pages) {

    @PostMapping("/programmes/actions/{id}/partenaires")
    String addPartner(
            @PathVariable UUID id,
            @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        PartnerDraft draft = form.draft();
        model.addAttribute("organisationCandidates", picker.candidates(form.organisation(), form.organisationId()));
        return pages.actionForms(id, user, model, redirect)
                .submit(
                        form,
                        binding,
                        "programme.partner.added",
                        "#partenaires",
                        () -> partners.add(user, id, draft),
                        () -> partners.check(user, id, draft));
    }

    @PostMapping("/programmes/actions/partenaires/{partner}/retirer")
    String removePartner(
            @PathVariable UUID partner, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        UUID action = partners.remove(user, partner);
        return PageAnswers.back(
                redirect, "programme.partner.removed", "/programmes/actions/" + action + "#partenaires");
    }

    @PostMapping("/programmes/actions/{id}/conferences")
    String addTalk(
            @PathVariable UUID id,
            @ModelAttribute("talkForm") TalkForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        return pages.actionForms(id, user, model, redirect)
                .submit(
                        errors,
                        "programme.talk.added",
                        "#conferences",
                        () -> partners.addTalk(user, id, form.eventId()));
    }

    @PostMapping("/programmes/actions/{id}/conferences/{event}/retirer")
    String removeTalk(
            @PathVariable UUID id,
            @PathVariable UUID event,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        partners.removeTalk(user, id, event);
        return PageAnswers.back(redirect, "programme.talk.removed", "/programmes/actions/" + id + "#conferences");
    }
}
