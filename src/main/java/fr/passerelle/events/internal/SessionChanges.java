package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import java.util.List;
import java.util.UUID;

/** What a registrant is told when sessions leave the calendar: one publication per registrant, retried alone. */
public final class SessionChanges {

    private SessionChanges() {}

    /** The organisers removed sessions (and may have changed others): the registrant hears it, with a CANCEL. */
    public record SessionsRemoved(UUID registrationId, List<Event.Slot> sessions) {}

    /**
     * The organisers cancelled one session, with their reason when they gave one; {@code calendar} when the registrant
     * held a confirmed place on it, whose calendar gets its CANCEL.
     */
    public record SessionCancelled(UUID registrationId, Event.Slot session, String reason, boolean calendar) {}

    /** The organisers cancelled the event, with their reason when they gave one. */
    public record EventCancelled(UUID registrationId, String reason) {}
}
