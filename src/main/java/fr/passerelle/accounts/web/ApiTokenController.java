package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ApiTokens;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in user's personal API tokens: create one (shown once), see when each was last used, revoke. */
@Controller
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/compte/jetons")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        return "accounts/api-tokens";
    }

    @PostMapping("/compte/jetons")
    String create(
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        if (name.isBlank() || name.strip().length() > 80) {
            redirect.addFlashAttribute("nameError", "api.token.name.required");
            return "redirect:/compte/jetons";
        }
        redirect.addFlashAttribute("created", tokens.create(user, name));
        return "redirect:/compte/jetons";
    }

    @PostMapping("/compte/jetons/{id}/revoquer")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/compte/jetons";
    }
}
