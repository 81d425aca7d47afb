package fr.passerelle.accounts.web;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.PublicLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;

/** Forgotten passwords and invitations: both end with the person choosing a password through an e-mailed link. */
@Controller
record PasswordController(Accounts accounts, PublicLimits limits) {

    private static final String RESET = "/mot-de-passe/nouveau";
    private static final String INVITATION = "/invitation";

    @GetMapping("/mot-de-passe/oublie")
    String forgotten(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return "accounts/password-forgotten";
    }

    /** The answer is the same whether the address has an account or the limits are passed (then nothing is sent). */
    @PostMapping("/mot-de-passe/oublie")
    String requestReset(
            @Valid @ModelAttribute("form") ResetRequestForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        if (errors.hasErrors()) {
            return "accounts/password-forgotten";
        }
        if (limits.scope("password-reset").allows(request.getRemoteAddr(), form.email())) {
            accounts.requestPasswordReset(form.email(), locale);
        }
        model.addAttribute("sent", true);
        return "accounts/password-forgotten";
    }

    /** A reset link and an invitation open the same page, where the person chooses their password. */
    @GetMapping({RESET, INVITATION})
    String choosePage(
            @RequestParam(name = "jeton", defaultValue = "") String token, HttpServletRequest request, Model model) {
        model.addAttribute("form", new PasswordForm("", ""));
        boolean invitation = invitation(request);
        return view(token, invitation, accounts.linkValid(token, invitation), model);
    }

    @PostMapping({RESET, INVITATION})
    String choose(
            @RequestParam(name = "jeton", defaultValue = "") String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        boolean invitation = invitation(request);
        if (!form.confirmed()) {
            errors.rejectValue("confirmation", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return view(token, invitation, accounts.linkValid(token, invitation), model);
        }
        if (!accounts.choosePassword(token, invitation, form.password())) {
            return view(token, invitation, false, model);
        }
        return "redirect:/connexion?motDePasseChoisi";
    }

    private static boolean invitation(HttpServletRequest request) {
        return INVITATION.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
    }

    private static String view(String token, boolean invitation, boolean valid, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("linkValid", valid);
        return "accounts/password-choose";
    }
}
