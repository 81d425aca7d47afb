package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.internal.ApiTokens;
import fr.passerelle.accounts.internal.ApiTokens.Scope;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's personal API tokens: create one (read only or read-write, valid 30 days to a year, 90 by
 * default; shown once), see when each was last used and when it expires, revoke.
 */
@Controller
class ApiTokenController {

    private static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/compte/jetons")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("validities", VALIDITY_DAYS);
        return "accounts/api-tokens";
    }

    @PostMapping("/compte/jetons")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "READ") String scope,
            @RequestParam(defaultValue = "90") String days,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Optional<Scope> chosen = Arrays.stream(Scope.values())
                .filter(value -> value.name().equals(scope))
                .findFirst();
        if (name.isBlank() || name.strip().length() > 80) {
            redirect.addFlashAttribute("nameError", "api.token.name.required");
        } else if (chosen.isEmpty() || !VALIDITY_DAYS.contains(parse(days))) {
            redirect.addFlashAttribute("choiceError", "api.token.choice.invalid");
        } else {
            Duration validity = Duration.ofDays(parse(days));
            redirect.addFlashAttribute("created", tokens.create(user, name, chosen.get(), validity));
        }
        return "redirect:/compte/jetons";
    }

    @PostMapping("/compte/jetons/{id}/revoquer")
    String revoke(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/compte/jetons";
    }

    private static int parse(String days) {
        return days.matches("\\d{1,4}") ? Integer.parseInt(days) : 0;
    }
}
