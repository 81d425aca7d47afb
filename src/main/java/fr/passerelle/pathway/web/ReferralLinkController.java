package fr.passerelle.pathway.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.pathway.internal.Outcome;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.pathway.internal.Referral;
import fr.passerelle.pathway.internal.ReferralNotFoundException;
import fr.passerelle.pathway.internal.Responder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral as the structure without members reads and answers it from the link e-mailed to its contact address:
 * no account, the same answers as its members would give (accept, decline with a reason, ask, then the outcome).
 * An unknown link is a page that does not exist; an expired one offers a new link, sent to the structure's address.
 */
@Controller
record ReferralLinkController(Pathway pathway, Intakes intakes, Directory directory) {

    private static final String PAGE = "/orientation-recue/";

    @GetMapping(PAGE + "{token}")
    String referral(@PathVariable String token, Model model) {
        Responder responder = pathway.byLink(token).orElse(null);
        if (responder == null) {
            if (pathway.linkExpired(token)) {
                model.addAttribute("token", token);
                return "pathway/link-expired";
            }
            throw new ReferralNotFoundException(null);
        }
        Referral referral = responder.referral();
        model.addAttribute("referral", referral);
        model.addAttribute("responder", responder);
        model.addAttribute("title", intakes.projectTitle(referral.projectId()).orElse(""));
        model.addAttribute(
                "organisation",
                directory.organisationName(referral.organisationId()).orElse(""));
        model.addAttribute("scheme", ReferralViews.schemeName(directory, referral));
        model.addAttribute(
                "file",
                pathway.readsFile(responder)
                        ? intakes.sharedWithLinkHolder(referral.projectId(), responder.readerId(), responder.name())
                                .orElse(null)
                        : null);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("answerBase", PAGE + token);
        model.addAttribute("claimLink", "/annuaire/structures/" + referral.organisationId() + "/rejoindre");
        return "pathway/referral-link";
    }

    @PostMapping(PAGE + "{token}/{action}")
    String answer(
            @PathVariable String token,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Outcome outcome,
            RedirectAttributes redirect) {
        Responder responder = pathway.byLink(token).orElseThrow(() -> new ReferralNotFoundException(null));
        ReferralViews.answers(redirect, action, text)
                .tried(() -> pathway.answer(responder, action, text, outcome), "pathway.done." + action);
        return "redirect:" + PAGE + token;
    }

    @PostMapping(PAGE + "{token}/nouveau-lien")
    String renew(@PathVariable String token) {
        if (!pathway.renewLink(token)) {
            throw new ReferralNotFoundException(null);
        }
        return "pathway/link-renewed";
    }
}
