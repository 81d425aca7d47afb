package fr.passerelle.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in pages: password for staff, magic link for project holders. */
@Controller
class SignInController {

    private static final String TYPED_EMAIL = "passerelle.signIn.email";

    @GetMapping("/connexion")
    String signIn(@RequestParam(required = false) String erreur, HttpSession session, Model model) {
        model.addAttribute("failed", erreur != null);
        Object email = session.getAttribute(TYPED_EMAIL);
        session.removeAttribute(TYPED_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        return "accounts/sign-in";
    }

    @GetMapping("/connexion/lien")
    String magicLink() {
        return "accounts/magic-link";
    }

    /**
     * A request for a link that the link filter left alone (no address, or past the limits) gets the same answer as
     * any other, and no e-mail.
     */
    @PostMapping("/connexion/lien")
    String magicLinkNotSent() {
        return "redirect:/connexion/lien/envoye";
    }

    @GetMapping("/connexion/lien/envoye")
    String magicLinkSent() {
        return "accounts/magic-link-sent";
    }

    /** The link of the e-mail opens this page; its button signs in (a GET alone does not, so link scanners cannot use the token). */
    @GetMapping("/connexion/lien/valider")
    String magicLinkSubmit(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "accounts/magic-link-submit";
    }
}
