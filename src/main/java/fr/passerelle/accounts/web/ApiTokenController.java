package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.internal.AccountRejectedException;
import fr.passerelle.accounts.internal.ApiTokens;
import fr.passerelle.accounts.internal.ApiTokens.Scope;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's personal API tokens: create one (read only or read-write, valid 30 days to a year, 90 by
 * default; shown once), see when each was last used and when it expires, revoke. Every answer to the form is a
 * redirect to the list, a refused form with its errors in the flash attributes.
 */
@Controller
record ApiTokenController(ApiTokens tokens) {

    /**
     * The flash attribute that brings a refused form and its errors to the list. Named otherwise than the form, which
     * would take its place in whatever request comes next, another form sent without reading the list included.
     */
    private static final String REFUSED = "refusedToken";

    @GetMapping("/compte/jetons")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        if (model.getAttribute(REFUSED) instanceof BindingResult refused) {
            model.addAttribute("apiTokenForm", refused.getTarget());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "apiTokenForm", refused);
        } else {
            model.addAttribute("apiTokenForm", ApiTokenForm.empty());
        }
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("validities", ApiTokens.VALIDITY_DAYS);
        return "accounts/api-tokens";
    }

    @PostMapping("/compte/jetons")
    String create(
            @Valid @ModelAttribute("apiTokenForm") ApiTokenForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        try {
            if (!errors.hasErrors()) {
                redirect.addFlashAttribute("created", tokens.create(user, form.name(), form.scope(), form.days()));
                return "redirect:/compte/jetons";
            }
        } catch (AccountRejectedException refused) {
            FormErrors.reject(errors, refused, Map.of("validity", "days"));
        }
        redirect.addFlashAttribute(REFUSED, errors);
        return "redirect:/compte/jetons";
    }

    @PostMapping("/compte/jetons/{id}/revoquer")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        return PageAnswers.back(redirect, "api.token.revoked", "/compte/jetons");
    }
}
