package fr.passerelle.directory.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.directory.internal.SchemeAlerts;
import fr.passerelle.notifications.SubscriptionLinkController;
import fr.passerelle.notifications.SubscriptionPages;
import fr.passerelle.territory.CommuneMatch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail alerts on schemes: leaving an address from the schemes tab; confirming it from the e-mail and unsubscribing
 * are the links of every subscription.
 */
@Controller
@RequestMapping("/annuaire/alertes")
class SchemeAlertController extends SubscriptionLinkController<SchemeAlerts.Alert> {

    private static final String SCHEMES_TAB = "redirect:/annuaire?tab=dispositifs#alerte";

    /**
     * The alert form's notice, shown beside the form at the foot of the schemes tab (where its answer leads) rather
     * than as the page's notice under its title, out of sight from there.
     */
    static final String SENT = "alertNotice";

    private final SchemeAlerts alerts;
    private final CommuneResolver communes;
    private final PublicLimits.Scope limits;

    SchemeAlertController(SchemeAlerts alerts, CommuneResolver communes, PublicLimits limits) {
        super(
                new SubscriptionPages<>(
                        alerts::alert,
                        "alert",
                        (alert, model) -> describe(alerts, alert, model),
                        "Lien d’alerte inconnu"),
                alerts::confirm,
                alerts::unsubscribe,
                "directory/alert-");
        this.alerts = alerts;
        this.communes = communes;
        this.limits = limits.scope("scheme-alert");
    }

    /**
     * The alert in words, and the schemes tab of its place: those covering its commune, or those whose coverage meets
     * its département (not the schemes of the organisations based there), as its e-mails announce them.
     */
    private static void describe(SchemeAlerts alerts, SchemeAlerts.Alert alert, Model model) {
        boolean departement = alert.departementCode() != null;
        model.addAttribute("described", alerts.describe(alert));
        model.addAttribute(
                "schemesLink",
                "/annuaire?tab=dispositifs&"
                        + (departement ? "coverage=" + alert.departementCode() : "commune=" + alert.communeCode()));
        model.addAttribute("seeKey", departement ? "scheme.alert.see.departement" : "scheme.alert.see");
    }

    @PostMapping
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
                redirect.addFlashAttribute(SENT, "scheme.alert.sent");
            } catch (RuleViolation refused) {
                FormErrors.reject(
                        errors,
                        refused,
                        java.util.Map.of("commune", "alertCommune", "departement", "alertDepartement"));
            }
        }
    }
}
