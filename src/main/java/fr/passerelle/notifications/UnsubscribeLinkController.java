package fr.passerelle.notifications;

import java.util.function.Predicate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a module's subscription e-mails ({@code <pages>/<token>/desinscription}), for the module's
 * controller to extend under the path of its links ({@code @RequestMapping} on the subclass). The link asks for a
 * confirming click: mail scanners follow links, and must not stop the e-mails for the person. The POST stops them: the
 * page's button, or the mail provider's one-click POST (RFC 8058, the e-mail's List-Unsubscribe header: no session, so
 * no CSRF token; the unguessable token is the proof). Its views are {@code <views>unsubscribe} and
 * {@code <views>unsubscribed}.
 */
public abstract class UnsubscribeLinkController<S extends Subscription> {

    private final SubscriptionPages<S> pages;
    private final Predicate<String> unsubscribe;
    private final String views;

    /**
     * @param unsubscribe stops the subscription of a link's token; false when it is no subscription's
     * @param views the start of the names of the module's views ({@code "offers/alert-"})
     */
    protected UnsubscribeLinkController(SubscriptionPages<S> pages, Predicate<String> unsubscribe, String views) {
        this.pages = pages;
        this.unsubscribe = unsubscribe;
        this.views = views;
    }

    @GetMapping("/{token}/desinscription")
    public String unsubscribing(@PathVariable String token, Model model) {
        return pages.page(token, model, views + "unsubscribe");
    }

    @PostMapping("/{token}/desinscription")
    public String unsubscribe(@PathVariable String token, Model model) {
        return pages.done(unsubscribe.test(token), token, model, views + "unsubscribed");
    }

    protected final SubscriptionPages<S> pages() {
        return pages;
    }

    protected final String views() {
        return views;
    }
}
