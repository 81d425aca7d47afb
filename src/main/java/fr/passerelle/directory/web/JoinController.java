package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Submissions;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.internal.ClaimDraft;
import fr.passerelle.directory.internal.EntryNotFoundException;
import fr.passerelle.directory.internal.OrganisationClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Joining a structure's entry: the public form a person fills with their professional address (from a referral's
 * e-mail or the structure's page), the confirmation of that address, and the coordinators' decision.
 */
@Controller
class JoinController {

    private final OrganisationClaims claims;
    private final PublicLimits.Scope limits;

    JoinController(OrganisationClaims claims, PublicLimits limits) {
        this.claims = claims;
        this.limits = limits.scope("directory-join");
    }

    @GetMapping("/annuaire/structures/{id}/rejoindre")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("organisation", joinable(id));
        model.addAttribute("form", ClaimDraft.empty());
        return "directory/join";
    }

    @PostMapping("/annuaire/structures/{id}/rejoindre")
    String ask(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ClaimDraft form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        Organisation organisation = joinable(id);
        model.addAttribute("organisation", organisation);
        if (!errors.hasErrors() && !limits.allows(request.getRemoteAddr(), form.email())) {
            errors.rejectValue("email", "limits.throttled");
        }
        if (!Submissions.saved(errors, () -> claims.ask(id, form))) {
            return "directory/join";
        }
        model.addAttribute("email", form.email().strip());
        return "directory/join-sent";
    }

    @GetMapping("/annuaire/rejoindre/confirmer/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("claim", claims.confirm(token).orElse(null));
        return "directory/join-confirmed";
    }

    @PostMapping("/annuaire/moderation/rattachements/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMINISTRATOR')")
    String decide(
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "claimError")
                .keeping("claimErrorId", id)
                .keeping("reasonDraft", reason)
                .tried(() -> {
                    boolean done =
                            "approve".equals(decision) ? claims.approve(user, id) : claims.refuse(user, id, reason);
                    ModerationController.told(redirect, done, "directory.join.done." + decision);
                });
        return "redirect:/annuaire/moderation#rattachements";
    }

    private Organisation joinable(UUID id) {
        return claims.joinable(id).orElseThrow(() -> new EntryNotFoundException(id));
    }
}
