package fr.passerelle.resources.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.events.EventDocuments;
import fr.passerelle.groups.GroupProductions;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The library's resources a working group produced, or that come from an event, for the group's or event's page. */
@Component
record ResourceProductions(Resources resources, MessageSource messages) implements GroupProductions, EventDocuments {

    @Override
    public List<Production> of(UUID groupId, AccountUser user) {
        return resources.ofGroup(user, groupId).stream()
                .map(resource -> new Production(resource.title(), kind(resource), "/ressources/" + resource.id()))
                .toList();
    }

    /** The event's documents; an interface's method cannot share the group's name and parameters. */
    @Override
    public List<Document> ofEvent(UUID eventId, AccountUser user) {
        return resources.ofEvent(user, eventId).stream()
                .map(resource -> new Document(resource.title(), kind(resource), "/ressources/" + resource.id()))
                .toList();
    }

    private String kind(Resource resource) {
        return messages.getMessage(resource.kind().messageKey(), null, Locale.FRENCH);
    }
}
