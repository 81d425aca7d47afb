package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.intake.Intakes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Where the person of an e-mail confirms that a request made with their address is theirs. The link opens a page
 * whose button confirms (a GET alone does not, so link scanners cannot), then their space opens.
 */
@Controller
record ClaimController(Intakes intakes, Accounts accounts) {
    private static final Duration SIGN_IN_VALIDITY = Duration.ofMinutes(15);

    @GetMapping("/accueil/confirmer")
    String page(@RequestParam(defaultValue = "") String jeton, Model model) {
        model.addAttribute("token", jeton);
        model.addAttribute("valid", intakes.claimValid(jeton));
        return "intake/claim";
    }

    /** Confirms, then opens the space: at once for that account signed in, else through a sign-in link. */
    @PostMapping("/accueil/confirmer")
    String confirm(
            @RequestParam(defaultValue = "") String jeton,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> account = intakes.confirmClaim(jeton);
        if (account.isEmpty()) {
            model.addAttribute("valid", false);
            return "intake/claim";
        }
        noticeInSpace(request, response);
        return user != null && user.id().equals(account.get())
                ? "redirect:/espace"
                : "redirect:" + accounts.signInLink(account.get(), SIGN_IN_VALIDITY);
    }

    /** The space says so when it next opens, even after the sign-in page in between. */
    private static void noticeInSpace(HttpServletRequest request, HttpServletResponse response) {
        FlashMap notice = new FlashMap();
        notice.put("notice", "intake.claim.done");
        notice.setTargetRequestPath("/espace");
        RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(notice, request, response);
    }
}
