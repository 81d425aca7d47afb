package fr.passerelle.events.web;

import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.DeclaredContactHolders;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An event's contacts are named by those who edit the event: its organisers (the territory's agents), coordinators. */
@Component
class EventContactHolders extends DeclaredContactHolders {

    EventContactHolders(Events events) {
        super(
                ContactHolderKind.EVENT,
                id -> events.event(id).map(event -> new ContactHolder(event.title(), "/agenda/" + id)),
                (user, id) ->
                        events.event(id).map(event -> events.edits(user, event)).orElse(false),
                reference -> titled(events, reference));
    }

    /** An event of the agenda by its title (the demonstration data name them so), past or to come. */
    private static Optional<UUID> titled(Events events, String reference) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return events.agendaBetween(now.minusYears(10), now.plusYears(5), List.of(EventKind.values()), 2000).stream()
                .filter(event -> event.title().equals(reference))
                .map(fr.passerelle.events.Event::id)
                .findFirst();
    }
}
