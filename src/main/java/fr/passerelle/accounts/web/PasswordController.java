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

/** Forgotten passwords and invitations: both end with the person choosing a password through an e-mailed link. */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final PublicLimits.Scope resetLimits;

    PasswordController(Accounts accounts, PublicLimits limits) {
        this.accounts = accounts;
        this.resetLimits = limits.scope("password-reset");
    }

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
        if (resetLimits.allows(request.getRemoteAddr(), form.email())) {
            accounts.requestPasswordReset(form.email(), locale);
        }
        model.addAttribute("sent", true);
        return "accounts/password-forgotten";
    }

    @GetMapping("/mot-de-passe/nouveau")
    String resetPage(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        return choosePage(token, false, model);
    }

    @PostMapping("/mot-de-passe/nouveau")
    String reset(
            @RequestParam(name = "jeton", defaultValue = "") String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model) {
        return choose(token, false, form, errors, model);
    }

    @GetMapping("/invitation")
    String invitationPage(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        return choosePage(token, true, model);
    }

    @PostMapping("/invitation")
    String acceptInvitation(
            @RequestParam(name = "jeton", defaultValue = "") String token,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model) {
        return choose(token, true, form, errors, model);
    }

    private String choosePage(String token, boolean invitation, Model model) {
        model.addAttribute("form", new PasswordForm("", ""));
        return view(token, invitation, accounts.linkValid(token, invitation), model);
    }

    private String choose(String token, boolean invitation, PasswordForm form, BindingResult errors, Model model) {
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

    private static String view(String token, boolean invitation, boolean valid, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("linkValid", valid);
        return "accounts/password-choose";
    }
}
