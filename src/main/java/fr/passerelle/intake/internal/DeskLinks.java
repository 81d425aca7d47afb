package fr.passerelle.intake.internal;

import fr.passerelle.common.links.EmailedLinks;
import fr.passerelle.directory.Reach;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The links that let a welcome desk without members take a request from the e-mail sent to its contact address:
 * the link opens that one request, long enough to call the person back; the coordinators see any request left
 * untaken after a few days.
 */
@Component
@RequiredArgsConstructor
public class DeskLinks {

    static final String PURPOSE = "welcome-request";
    static final Duration VALIDITY = Duration.ofDays(30);

    /** Where a link's token opens the request. */
    public static final String PATH = "/accueil/demande-recue/";

    private final EmailedLinks links;
    private final MessageSource messages;

    /** A new link to the request for the desk's contact address. */
    String issue(UUID requestId, Reach desk) {
        String actor = messages.getMessage("pathway.link.actor", new Object[] {desk.name()}, Locale.FRENCH);
        return links.issue(PURPOSE, requestId, desk.address(), actor, VALIDITY);
    }

    /** The request a valid token opens, with the name its holder acts under. */
    public Optional<Opened> use(String token) {
        return links.use(PURPOSE, token).map(link -> new Opened(link.subjectId(), link.id(), link.actorName()));
    }

    /** Who follows a desk's link: to which request, as which link, under which name. */
    public record Opened(UUID requestId, UUID linkId, String name) {}
}
