package fr.passerelle.resources.internal;

import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The events of the agenda a resource may come from. */
@Component
public record ResourceEvents(Events events) {

    private static final int MOST = 300;

    /** The agenda's events between two moments, earliest first (at most three hundred). */
    public List<Event> between(ZonedDateTime from, ZonedDateTime to) {
        return events.agendaBetween(from.toOffsetDateTime(), to.toOffsetDateTime(), null, MOST);
    }

    /** An event by its id, wherever it is in the agenda. */
    public java.util.Optional<Event> event(UUID id) {
        return events.event(id);
    }
}
