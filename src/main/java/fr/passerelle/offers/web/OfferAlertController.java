package fr.passerelle.offers.web;

import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.notifications.SubscriptionLinkController;
import fr.passerelle.notifications.SubscriptionPages;
import fr.passerelle.offers.internal.AlertFrequency;
import fr.passerelle.offers.internal.OfferAlerts;
import fr.passerelle.offers.internal.OfferSearchParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail alerts for a search: leaving an address; confirming it from the e-mail and unsubscribing are the links of
 * every subscription.
 */
@Controller
@RequestMapping("/offres/alertes")
class OfferAlertController extends SubscriptionLinkController<OfferAlerts.Alert> {

    private final OfferAlerts alerts;
    private final PublicLimits.Scope limits;

    OfferAlertController(OfferAlerts alerts, PublicLimits limits) {
        super(
                new SubscriptionPages<>(
                        alerts::alert,
                        "alert",
                        (alert, model) -> model.addAttribute("described", alerts.describe(alert)),
                        "Lien d’alerte inconnu"),
                alerts::confirm,
                alerts::unsubscribe,
                "offers/alert-");
        this.alerts = alerts;
        this.limits = limits.scope("offer-alert");
    }

    @PostMapping
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
}
