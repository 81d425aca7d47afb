package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.OrganisationClaims;
import fr.passerelle.territory.Territories;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' queue: proposals to publish or reject (with a reason their proposer reads), coverage changes to approve, requests to join a
 * structure's entry, errors reported.
 */
@Controller
@RequestMapping("/annuaire/moderation")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMINISTRATOR')")
@RequiredArgsConstructor
class ModerationController {

    private static final String QUEUE = "/annuaire/moderation";

    private final Directory directory;
    private final OrganisationClaims claims;
    private final Territories territories;

    @GetMapping
    String queue(@AuthenticationPrincipal AccountUser user, Model model) {
        List<Organisation> proposed = directory.proposedOrganisations(user);
        model.addAttribute("organisations", proposed);
        model.addAttribute("proposers", directory.proposers());
        model.addAttribute("communes", communes(proposed));
        model.addAttribute("schemes", directory.proposedSchemes(user));
        model.addAttribute("reports", directory.openReports(user));
        model.addAttribute("coverageChanges", directory.waitingCoverageChanges(user));
        model.addAttribute("claims", claims.waiting(user));
        return "directory/moderation";
    }

    /**
     * A proposed organisation or scheme published or rejected: back to the queue. Refused (a rejection needs its
     * reason): back to the proposal, the reason's error said beside the field and what was typed kept.
     */
    @PostMapping("/{kind:structures|dispositifs}/{id}")
    String proposal(
            @PathVariable String kind,
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        boolean publish = "publish".equals(decision);
        try {
            boolean done = "structures".equals(kind)
                    ? directory.moderateOrganisation(user, id, publish, reason)
                    : directory.moderateScheme(user, id, publish, reason);
            return told(redirect, done, "moderation.done." + decision);
        } catch (EntryRejectedException refused) {
            PageAnswers.of(redirect, "reasonError")
                    .keeping("reasonErrorId", id)
                    .keeping("reasonDraft", reason)
                    .refused(refused);
            return "redirect:/annuaire/moderation#proposition-" + id;
        }
    }

    /** The proposals' communes as people tell them apart: "Die (26)", by INSEE code. */
    private Map<String, String> communes(List<Organisation> proposed) {
        Map<String, String> labels = new HashMap<>();
        proposed.stream()
                .map(Organisation::communeCode)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(code -> territories.commune(code).ifPresent(commune -> labels.put(code, commune.label())));
        return labels;
    }

    @PostMapping("/couvertures/{id}")
    String coverage(
            @PathVariable long id,
            @RequestParam String decision,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        boolean approve = "publish".equals(decision);
        boolean done = directory.moderateCoverage(user, id, approve);
        return told(redirect, done, "moderation.coverage.done." + (approve ? "publish" : "reject"));
    }

    @PostMapping("/signalements/{id}")
    String closeReport(@PathVariable long id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        directory.closeReport(user, id);
        return PageAnswers.back(redirect, "moderation.reportClosed", QUEUE);
    }

    /**
     * Back to the queue, saying what became of a decision: the one taken ({@code doneKey}), or that another coordinator
     * took it first.
     */
    static String told(RedirectAttributes redirect, boolean done, String doneKey) {
        return PageAnswers.back(redirect, done ? doneKey : "moderation.alreadyDone", QUEUE);
    }
}
