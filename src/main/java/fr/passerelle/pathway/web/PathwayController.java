package fr.passerelle.pathway.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Reach;
import fr.passerelle.intake.IntakeNotFoundException;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.ProjectFile;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationResult;
import fr.passerelle.pathway.internal.Inbox;
import fr.passerelle.pathway.internal.Outcome;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.pathway.internal.PathwayRejectedException;
import fr.passerelle.pathway.internal.Referral;
import fr.passerelle.pathway.internal.ReferralNotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.List;
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
 * The pathway pages: a project's page for its referents (orientation, referrals, timeline), and the structures'
 * inbox of referrals with their answers.
 */
@Controller
record PathwayController(
        Pathway pathway,
        Intakes intakes,
        Directory directory,
        Orientation orientation,
        ReferralTargets targets,
        Inbox inbox) {

    /**
     * The project's page; {@code q} searches the whole directory for the referral form's list (a GET that keeps the
     * page without JavaScript), and an htmx request gets that list alone.
     */
    @GetMapping("/parcours/projets/{id}")
    String project(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String target,
            @AuthenticationPrincipal AccountUser user,
            HtmxRequest htmx,
            Model model) {
        ProjectFile file = intakes.project(user, id).orElseThrow(() -> new IntakeNotFoundException(id));
        List<Referral> referrals = pathway.referralsOf(user, id);
        boolean referent = intakes.welcomes(user, id);
        if (referent && htmx.isHtmxRequest()) {
            return targetList(model, "target", targets.of(orientToday(file), null, q, target), target);
        }
        model.addAttribute("file", file);
        model.addAttribute("referrals", referrals);
        model.addAttribute("timeline", intakes.history(user, id));
        model.addAttribute("referent", referent);
        model.addAttribute("mayWriteNotes", pathway.mayWriteNotes(user, id));
        model.addAttribute(
                "names", directory.organisationNames(referrals.stream().map(Referral::organisationId)));
        if (referent) {
            OrientationResult result = orientToday(file);
            model.addAttribute("pistes", result);
            model.addAttribute("targets", targets.of(result, null, q, draft(model, target)));
        }
        return "pathway/project";
    }

    @PostMapping("/parcours/projets/{id}/orientations")
    String send(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String message,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        String address = "/parcours/projets/" + id + "#orienter";
        String[] parts = target.split("\\|", -1);
        try {
            UUID organisation = parts[0].isBlank() ? null : UUID.fromString(parts[0]);
            UUID scheme = parts.length > 1 && !parts[1].isBlank() ? UUID.fromString(parts[1]) : null;
            if (organisation == null) {
                throw new IllegalArgumentException("no organisation");
            }
            pathway.send(user, id, organisation, scheme, message);
            Reach reach = pathway.reachable(organisation);
            return reach.byAddress()
                    ? PageAnswers.back(redirect, "pathway.sent.byAddress", address, reach.name(), reach.address())
                    : PageAnswers.back(
                            redirect,
                            "pathway.sent.members",
                            address,
                            reach.name(),
                            reach.members().size());
        } catch (PathwayRejectedException rejected) {
            redirect.addFlashAttribute("sendErrorArguments", rejected.arguments());
            PageAnswers.of(redirect, "sendError")
                    .keeping("messageDraft", message)
                    .keeping("targetDraft", target)
                    .refused(rejected);
        } catch (IllegalArgumentException wrong) {
            PageAnswers.of(redirect, "sendError")
                    .keeping("messageDraft", message)
                    .refuse("pathway.target.required");
        }
        return "redirect:" + address;
    }

    @PostMapping("/parcours/projets/{id}/notes")
    String note(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "noteError")
                .keeping("noteDraft", text)
                .tried(() -> pathway.note(user, id, text), "pathway.note.saved");
        return "redirect:/parcours/projets/" + id + "#note";
    }

    @GetMapping("/parcours/orientations")
    String inbox(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!Pathway.answersReferrals(user)) {
            throw new AccessDeniedException("Structures only");
        }
        Inbox.Page inbox = this.inbox.page(user, page);
        model.addAttribute("page", inbox.number());
        model.addAttribute("more", inbox.more());
        model.addAttribute("referrals", inbox.referrals());
        model.addAttribute("titles", inbox.titles());
        model.addAttribute("followUps", inbox.followUps());
        model.addAttribute("followUpCount", inbox.followUpCount());
        model.addAttribute("followUpTitles", inbox.titles());
        model.addAttribute("names", inbox.names());
        return "pathway/inbox";
    }

    /** A referral as its structure reads and answers it; {@code q} searches the directory for a hand-over. */
    @GetMapping("/parcours/orientations/{id}")
    String referral(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String target,
            @AuthenticationPrincipal AccountUser user,
            HtmxRequest htmx,
            Model model) {
        Referral referral = pathway.referral(user, id).orElseThrow(() -> new ReferralNotFoundException(id));
        model.addAttribute("referral", referral);
        model.addAttribute("file", intakes.project(user, referral.projectId()).orElse(null));
        model.addAttribute("title", intakes.projectTitle(referral.projectId()).orElse(""));
        model.addAttribute(
                "organisation",
                directory.organisationName(referral.organisationId()).orElse(null));
        model.addAttribute("scheme", ReferralViews.schemeName(directory, referral));
        model.addAttribute("receiving", Pathway.answersFor(user, referral.organisationId()));
        if (Pathway.answersFor(user, referral.organisationId())
                && referral.status() == fr.passerelle.pathway.internal.ReferralStatus.ACCEPTED) {
            ProjectFile file = intakes.project(user, referral.projectId()).orElse(null);
            if (file != null) {
                ReferralTargets.Targets handOver =
                        targets.of(orientToday(file), referral.organisationId(), q, draft(model, target));
                if (htmx.isHtmxRequest()) {
                    return targetList(model, "handover-target", handOver, target);
                }
                model.addAttribute("targets", handOver);
            }
        }
        model.addAttribute("outcomes", Outcome.values());
        return "pathway/referral";
    }

    @PostMapping("/parcours/orientations/{id}/relais")
    String handOver(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers answers = ReferralViews.answers(redirect, "relais", text).keeping("targetDraft", target);
        try {
            String organisation = target.split("\\|", -1)[0];
            UUID chosen = organisation.isBlank() ? null : UUID.fromString(organisation);
            answers.tried(() -> pathway.handOver(user, id, chosen, text), "pathway.done.relais");
        } catch (IllegalArgumentException wrong) {
            answers.refuse("pathway.target.required");
        }
        return "redirect:/parcours/orientations/" + id;
    }

    @PostMapping("/parcours/orientations/{id}/{action}")
    String answer(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Outcome outcome,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        ReferralViews.answers(redirect, action, text)
                .tried(() -> pathway.answer(pathway.member(user, id), action, text, outcome), "pathway.done." + action);
        return "redirect:/parcours/orientations/" + id;
    }

    /** The referral form's list alone, for htmx: the structures found and the status line that says so. */
    private static String targetList(Model model, String field, ReferralTargets.Targets found, String chosen) {
        model.addAttribute("field", field);
        model.addAttribute("targets", found);
        model.addAttribute("chosen", chosen);
        return "pathway/answer :: targetResults";
    }

    /** The structure chosen before: the one a refused form kept, else the one sent with a search. */
    private static String draft(Model model, String target) {
        Object kept = model.getAttribute("targetDraft");
        return kept instanceof String chosen && !chosen.isBlank() ? chosen : target;
    }

    private OrientationResult orientToday(ProjectFile file) {
        return orientation.orient(file.profile(), LocalDate.now(Paris.ZONE));
    }
}
