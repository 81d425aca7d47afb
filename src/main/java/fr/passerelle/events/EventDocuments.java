package fr.passerelle.events;

import fr.passerelle.accounts.AccountUser;
import java.util.List;
import java.util.UUID;

/**
 * The documents that come from an event (its programme, its slides, what it produced), as the module that keeps them
 * tells it, so that the event's page lists them without depending on that module.
 */
public interface EventDocuments {

    /** One document, with the address of its page. */
    record Document(String title, String kind, String url) {}

    /** The event's documents the user may see, newest first. */
    List<Document> ofEvent(UUID eventId, AccountUser user);
}
