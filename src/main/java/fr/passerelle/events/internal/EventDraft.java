package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event as its organiser writes it; slots in order, the first one starting the event.
 *
 * @param audience who the event is for, in the organiser's words
 * @param audiences who the event is for, as the agenda filters it
 */
public record EventDraft(
        EventKind kind,
        String title,
        String programme,
        String audience,
        List<EventAudience> audiences,
        String speakers,
        UUID organiserId,
        String partners,
        String demarche,
        EventMode mode,
        String place,
        String communeCode,
        String onlineLink,
        Integer capacity,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        boolean approvalRequired,
        List<String> keywords,
        List<Event.Slot> slots,
        List<Event.Question> questions) {

    /** The same event on other slots, taking registrations between those moments (null: no limit). */
    public EventDraft on(List<Event.Slot> otherSlots, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        return new EventDraft(
                kind,
                title,
                programme,
                audience,
                audiences,
                speakers,
                organiserId,
                partners,
                demarche,
                mode,
                place,
                communeCode,
                onlineLink,
                capacity,
                opensAt,
                closesAt,
                approvalRequired,
                keywords,
                otherSlots,
                questions);
    }
}
