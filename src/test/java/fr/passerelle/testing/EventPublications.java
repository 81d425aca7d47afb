package fr.passerelle.testing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Spring Modulith's event publication registry, read to know when the listeners of a context are done: every event
 * its application published has been handled (or has failed). The e-mails those listeners send are then at the mail
 * server, so a test can say that one was <em>not</em> sent without sleeping.
 */
public final class EventPublications {

    /**
     * Long enough for a backlog that earlier test classes of the same context left (one queues about 180 e-mails) on
     * the 2-core machine running three test JVMs; a listener truly stuck still fails the test, naming its event.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private EventPublications() {}

    /** Waits, {@link #PATIENCE} at most, until no event published since this context started is still being handled. */
    public static void awaitHandled(ApplicationContext context) {
        EventPublicationRepository registry = context.getBean(EventPublicationRepository.class);
        Instant started = Instant.ofEpochMilli(context.getStartupDate());
        if (!Polling.within(PATIENCE, Duration.ofMillis(25), () -> inProgress(registry, started) == 0)) {
            throw new AssertionError(inProgress(registry, started) + " event publication(s) still unhandled after "
                    + PATIENCE + ": " + unhandled(registry, started));
        }
    }

    private static long inProgress(EventPublicationRepository registry, Instant since) {
        return unhandled(registry, since).size();
    }

    /** What is still unhandled: each event's type, its listener and its state, for the failure's message. */
    private static java.util.List<String> unhandled(EventPublicationRepository registry, Instant since) {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getStatus() != Status.FAILED)
                .filter(publication -> !publication.getPublicationDate().isBefore(since))
                .map(publication -> publication.getEvent().getClass().getSimpleName() + " to "
                        + publication.getTargetIdentifier() + " (" + publication.getStatus() + ", published "
                        + publication.getPublicationDate() + ")")
                .toList();
    }
}
