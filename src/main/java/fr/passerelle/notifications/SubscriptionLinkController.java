package fr.passerelle.notifications;

import java.util.function.Predicate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The links of a module's subscription e-mails when the confirmation link is one of them too
 * ({@code <pages>/<token>/confirmer}, beside the unsubscribe link): confirmed by a button, so that a mail scanner
 * following links does not confirm for the person. Its views are also {@code <views>confirm} and
 * {@code <views>confirmed}.
 */
public abstract class SubscriptionLinkController<S extends Subscription> extends UnsubscribeLinkController<S> {

    private final Predicate<String> confirm;

    /** @param confirm confirms the subscription of a link's token; false when it is no active subscription's */
    protected SubscriptionLinkController(
            SubscriptionPages<S> pages, Predicate<String> confirm, Predicate<String> unsubscribe, String views) {
        super(pages, unsubscribe, views);
        this.confirm = confirm;
    }

    @GetMapping("/{token}/confirmer")
    public String confirmation(@PathVariable String token, Model model) {
        return pages().page(token, model, views() + "confirm");
    }

    @PostMapping("/{token}/confirmer")
    public String confirm(@PathVariable String token, Model model) {
        return pages().done(confirm.test(token), token, model, views() + "confirmed");
    }
}
