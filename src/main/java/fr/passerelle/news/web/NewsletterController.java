package fr.passerelle.news.web;

import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.news.internal.Subscriptions;
import fr.passerelle.notifications.SubscriptionPages;
import fr.passerelle.notifications.UnsubscribeLinkController;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsletter without an account: leaving an address, confirming it from the e-mail (a click on the page the link
 * opens); unsubscribing is the link of every subscription.
 */
@Controller
@RequestMapping("/actualites/lettre")
class NewsletterController extends UnsubscribeLinkController<Subscriptions.Subscriber> {

    private final Subscriptions subscriptions;
    private final PublicLimits.Scope limits;

    NewsletterController(Subscriptions subscriptions, PublicLimits limits) {
        super(
                new SubscriptionPages<>(
                        subscriptions::byToken,
                        "subscriber",
                        (subscriber, model) -> {},
                        "Lien de désinscription inconnu"),
                subscriptions::unsubscribe,
                "news/");
        this.subscriptions = subscriptions;
        this.limits = limits.scope("newsletter");
    }

    /** The same answer whether the address is new, waiting or already subscribed: the page reveals nothing. */
    @PostMapping
    String subscribe(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(name = "reseau", defaultValue = "") String network,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        PageAnswers answers = PageAnswers.of(redirect, "letterError")
                .keeping("letterEmail", email)
                .keeping("letterNetwork", network);
        UUID chosen = networkId(network);
        if (!Subscriptions.address(email)) {
            answers.refuse("news.subscribe.email.invalid");
        } else if (!limits.allows(request.getRemoteAddr(), email)) {
            answers.refuse("limits.throttled");
        } else {
            answers.tried(() -> {
                subscriptions.subscribe(email, chosen);
                redirect.addFlashAttribute("letterNotice", "news.subscribe.sent");
            });
        }
        return "redirect:/actualites#lettre";
    }

    /** The network chosen in the form; null when none, or when what came is no id (said as an unknown network). */
    private static UUID networkId(String typed) {
        try {
            return typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @GetMapping("/confirmer")
    String confirmation(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        model.addAttribute("subscriber", subscriptions.confirmation(token).orElse(null));
        model.addAttribute("token", token);
        return "news/confirm";
    }

    /** Confirmed by a button, so that a mail scanner following links does not subscribe the person. */
    @PostMapping("/confirmer")
    String confirm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        model.addAttribute("confirmed", subscriptions.confirm(token));
        return "news/confirmed";
    }
}
