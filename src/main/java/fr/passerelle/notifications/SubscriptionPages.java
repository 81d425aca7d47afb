package fr.passerelle.notifications;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages a subscription's e-mailed links open (confirm, unsubscribe) and those that follow their button, for a
 * module's controller: the subscription under its name in the model with its link's token, and what the module adds
 * (its criteria in words); a link that matches no subscription is a page that does not exist.
 *
 * @param find the subscription of a link's token
 * @param name the model attribute the module's templates read it from
 * @param describe what else the pages show of it
 * @param unknown the reason of the 404 of a link that matches nothing, in French
 */
public record SubscriptionPages<S extends Subscription>(
        Function<String, Optional<S>> find, String name, BiConsumer<S, Model> describe, String unknown) {

    /** The page of a link: asks for the click that confirms or stops it (mail scanners open links). */
    public String page(String token, Model model, String view) {
        S subscription = find.apply(token).orElseThrow(this::notFound);
        model.addAttribute(name, subscription);
        model.addAttribute("token", token);
        describe.accept(subscription, model);
        return view;
    }

    /** The page after a link's button, when it matched a subscription (its change done). */
    public String done(boolean matched, String token, Model model, String view) {
        if (!matched) {
            throw notFound();
        }
        return page(token, model, view);
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, unknown);
    }
}
