package fr.passerelle.offers.web;

import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.notifications.SubscriptionPages;
import fr.passerelle.offers.internal.AlertFrequency;
import fr.passerelle.offers.internal.OfferAlerts;
import fr.passerelle.offers.internal.OfferSearchParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail alerts for a search: leaving an address, confirming it from the e-mail, unsubscribing (one POST for mail
 * providers, a confirming click after following the link).
 */
@Controller
class OfferAlertController {

    private final OfferAlerts alerts;
    private final PublicLimits.Scope limits;
    private final SubscriptionPages<OfferAlerts.Alert> pages;

    OfferAlertController(OfferAlerts alerts, PublicLimits limits) {
        this.alerts = alerts;
        this.limits = limits.scope("offer-alert");
        this.pages = new SubscriptionPages<>(
                alerts::alert,
                "alert",
                (alert, model) -> model.addAttribute("described", alerts.describe(alert)),
                "Lien d’alerte inconnu");
    }

    @PostMapping("/offres/alertes")
    String subscribe(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String frequency,
            @RequestParam(defaultValue = "") String search,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        OfferSearchParams params = OfferSearchParams.fromQueryString(search);
        PageAnswers answers = PageAnswers.of(redirect, "alertError").keeping("alertEmail", email);
        if (!limits.allows(request.getRemoteAddr(), email)) {
            answers.refuse("limits.throttled");
        } else {
            answers.tried(() -> {
                alerts.subscribe(
                        email,
                        params,
                        Vocabulary.parse(AlertFrequency.class, frequency).orElse(null));
                redirect.addFlashAttribute("alertNotice", "offer.alert.sent");
            });
        }
        String query = params.queryString();
        return "redirect:/offres" + (query.isEmpty() ? "" : "?" + query) + "#alerte";
    }

    @GetMapping("/offres/alertes/{token}/confirmer")
    String confirmation(@PathVariable String token, Model model) {
        return pages.page(token, model, "offers/alert-confirm");
    }

    /** Confirmed by a button, so that a mail scanner following links does not confirm for the person. */
    @PostMapping("/offres/alertes/{token}/confirmer")
    String confirm(@PathVariable String token, Model model) {
        return pages.done(alerts.confirm(token), token, model, "offers/alert-confirmed");
    }

    /**
     * The link of the e-mail asks for a confirming click: mail scanners follow links, and must not stop the alert for
     * the person.
     */
    @GetMapping("/offres/alertes/{token}/desinscription")
    String unsubscribing(@PathVariable String token, Model model) {
        return pages.page(token, model, "offers/alert-unsubscribe");
    }

    /**
     * Stops the alert: the page's confirming button, or the mail provider's one-click POST (RFC 8058, the e-mail's
     * List-Unsubscribe header: no session, so no CSRF token; the unguessable token is the proof).
     */
    @PostMapping("/offres/alertes/{token}/desinscription")
    String unsubscribe(@PathVariable String token, Model model) {
        return pages.done(alerts.unsubscribe(token), token, model, "offers/alert-unsubscribed");
    }
}
