package fr.passerelle.directory.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.directory.internal.SchemeAlerts;
import fr.passerelle.notifications.SubscriptionPages;
import fr.passerelle.territory.CommuneMatch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail alerts on schemes: leaving an address from the schemes tab, confirming it from the e-mail, unsubscribing (one
 * POST for mail providers, a confirming click after following the link).
 */
@Controller
class SchemeAlertController {

    private static final String SCHEMES_TAB = "redirect:/annuaire?tab=dispositifs#alerte";

    private final SchemeAlerts alerts;
    private final CommuneResolver communes;
    private final PublicLimits.Scope limits;
    private final SubscriptionPages<SchemeAlerts.Alert> pages;

    SchemeAlertController(SchemeAlerts alerts, CommuneResolver communes, PublicLimits limits) {
        this.alerts = alerts;
        this.communes = communes;
        this.limits = limits.scope("scheme-alert");
        this.pages = new SubscriptionPages<>(alerts::alert, "alert", this::describe, "Lien d’alerte inconnu");
    }

    /** The alert in words, and the schemes tab of its place (its commune, or its département). */
    private void describe(SchemeAlerts.Alert alert, Model model) {
        boolean departement = alert.departementCode() != null;
        model.addAttribute("described", alerts.describe(alert));
        model.addAttribute(
                "schemesLink",
                "/annuaire?tab=dispositifs&"
                        + (departement ? "departement=" + alert.departementCode() : "commune=" + alert.communeCode()));
        model.addAttribute("seeKey", departement ? "scheme.alert.see.departement" : "scheme.alert.see");
    }

    @PostMapping("/annuaire/alertes")
    String subscribe(
            @Valid @ModelAttribute("alertForm") SchemeAlertForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        if (!limits.allows(request.getRemoteAddr(), form.email())) {
            errors.reject("limits.throttled");
        } else {
            String code = form.byDepartement() ? null : commune(form, errors);
            subscribe(form, code, errors, redirect);
        }
        if (errors.hasErrors()) {
            PageAnswers.form(redirect, errors);
        }
        return SCHEMES_TAB;
    }

    /** The commune's code, or null with the error beside the field. */
    private String commune(SchemeAlertForm form, BindingResult errors) {
        String code = communes.resolve(null, form.alertCommune())
                .map(CommuneMatch::code)
                .orElse(null);
        if (code == null && !errors.hasFieldErrors("alertCommune")) {
            errors.rejectValue("alertCommune", "scheme.alert.commune.unknown");
        }
        return code;
    }

    private void subscribe(SchemeAlertForm form, String code, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                alerts.subscribe(form.email(), code, form.alertDepartement(), form.projectKind(), form.sector());
                redirect.addFlashAttribute(PageAnswers.NOTICE, "scheme.alert.sent");
            } catch (RuleViolation refused) {
                FormErrors.reject(
                        errors,
                        refused,
                        java.util.Map.of("commune", "alertCommune", "departement", "alertDepartement"));
            }
        }
    }

    @GetMapping("/annuaire/alertes/{token}/confirmer")
    String confirmation(@PathVariable String token, Model model) {
        return pages.page(token, model, "directory/alert-confirm");
    }

    /** Confirmed by a button, so that a mail scanner following links does not confirm for the person. */
    @PostMapping("/annuaire/alertes/{token}/confirmer")
    String confirm(@PathVariable String token, Model model) {
        return pages.done(alerts.confirm(token), token, model, "directory/alert-confirmed");
    }

    /** The link of the e-mail asks for a confirming click: mail scanners follow links. */
    @GetMapping("/annuaire/alertes/{token}/desinscription")
    String unsubscribing(@PathVariable String token, Model model) {
        return pages.page(token, model, "directory/alert-unsubscribe");
    }

    /**
     * Stops the alert: the page's confirming button, or the mail provider's one-click POST (RFC 8058, the e-mail's
     * List-Unsubscribe header: no session, so no CSRF token; the unguessable token is the proof).
     */
    @PostMapping("/annuaire/alertes/{token}/desinscription")
    String unsubscribe(@PathVariable String token, Model model) {
        return pages.done(alerts.unsubscribe(token), token, model, "directory/alert-unsubscribed");
    }
}
