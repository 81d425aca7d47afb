package fr.passerelle.events;

import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events as the tests publish them: one slot of three hours on site in Die, no questions. */
public final class EventDrafts {

    private EventDrafts() {}

    /** An event of that kind starting then, registrations open until it starts. */
    static EventDraft of(EventKind kind, Integer capacity, OffsetDateTime start) {
        return of(kind, capacity, start, null, null);
    }

    /** An event of that kind starting then, taking registrations between those moments (null: no limit). */
    static EventDraft of(
            EventKind kind, Integer capacity, OffsetDateTime start, OffsetDateTime opens, OffsetDateTime closes) {
        return of(kind, "Atelier d’essai " + UUID.randomUUID(), capacity, start, opens, closes);
    }

    /** A workshop of that title starting then, without a limit of places, registrations open until it starts. */
    public static EventDraft titled(String title, OffsetDateTime start) {
        return of(EventKind.ATELIER, title, null, start, null, null);
    }

    private static EventDraft of(
            EventKind kind,
            String title,
            Integer capacity,
            OffsetDateTime start,
            OffsetDateTime opens,
            OffsetDateTime closes) {
        return new EventDraft(
                kind,
                title,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die, salle des fêtes",
                "26113",
                null,
                capacity,
                opens,
                closes,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of());
    }

    /** An event of several sessions (with their own places or not), without places of its own. */
    static EventDraft ofSessions(EventKind kind, List<Event.Slot> sessions) {
        return withSlots(of(kind, null, sessions.get(0).startsAt()), sessions);
    }

    /** The same event on other sessions. */
    static EventDraft withSlots(EventDraft draft, List<Event.Slot> sessions) {
        return draft.on(sessions, draft.registrationOpensAt(), draft.registrationClosesAt());
    }

    /** The same event under another title and programme. */
    static EventDraft withTexts(EventDraft draft, String title, String programme) {
        return with(draft, title, programme, draft.capacity());
    }

    /** The same event with another capacity. */
    static EventDraft withCapacity(EventDraft draft, Integer capacity) {
        return with(draft, draft.title(), draft.programme(), capacity);
    }

    private static EventDraft with(EventDraft draft, String title, String programme, Integer capacity) {
        return new EventDraft(
                draft.kind(),
                title,
                programme,
                draft.audience(),
                draft.audiences(),
                draft.speakers(),
                draft.organiserId(),
                draft.partners(),
                draft.demarche(),
                draft.mode(),
                draft.place(),
                draft.communeCode(),
                draft.onlineLink(),
                capacity,
                draft.registrationOpensAt(),
                draft.registrationClosesAt(),
                draft.approvalRequired(),
                draft.keywords(),
                draft.slots(),
                draft.questions());
    }
}
