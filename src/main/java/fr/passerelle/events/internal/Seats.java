package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's seats, given under its row lock so that registrations, confirmations, cancellations, approvals and
 * changes of capacity take turns: the held and confirmed registrations never exceed the capacity. Taking the lock
 * first lets go of the registrations whose address was not confirmed in time, so that a lapsed hold never keeps
 * anyone out, whether or not the job has passed yet.
 */
@Component
public record Seats(
        JdbcClient jdbc, EventRepository events, SessionSeats sessions, ApplicationEventPublisher publisher) {

    /** The registrations that take a seat: held for a confirmation still awaited, confirmed, marked present or absent. */
    static final String TAKING_A_SEAT =
            "(status in ('confirmed', 'attended', 'no_show') or status = 'held' and confirm_by > now())";

    /** Locks the event's row for this transaction, and gives the seats of lapsed holds to the waitlisted. */
    public Optional<Event> lock(UUID eventId) {
        return freeLapsed(events.lock(eventId));
    }

    /** As {@link #lock(UUID)}, for an event just read: its row is read again under the lock, in one statement. */
    Optional<Event> lock(Event read) {
        return freeLapsed(events.lockAgain(read));
    }

    private Optional<Event> freeLapsed(Optional<Event> locked) {
        if (locked.isPresent() && expire(locked.get().id()) > 0) {
            promote(locked.get().id());
        }
        return locked;
    }

    /** What a new registration becomes now (the event's row is locked by the caller). */
    RegistrationStatus statusFor(Event event) {
        if (event.approvalRequired()) {
            return RegistrationStatus.PENDING_APPROVAL;
        }
        if (!event.limited()) {
            return RegistrationStatus.CONFIRMED;
        }
        return free(event) ? RegistrationStatus.HELD : RegistrationStatus.WAITLISTED;
    }

    /**
     * Gives free seats to the waitlisted, first come first served (the event's row is locked by the caller): a person
     * who confirmed their address is confirmed at once, one who has not yet keeps the seat until their delay ends.
     */
    public void promote(UUID eventId) {
        Event event = events.find(eventId).orElseThrow();
        if (event.seatsPerSession()) {
            sessions.promote(event);
            return;
        }
        while (free(event)) {
            Optional<UUID> next = nextWaitlisted(eventId);
            if (next.isEmpty()) {
                return;
            }
            jdbc.sql(
                            """
                            update registration set status = case when confirm_by is null then 'confirmed' else 'held' end,
                                                    status_at = now()
                            where id = :id
                            """)
                    .param("id", next.get())
                    .update();
            publisher.publishEvent(new Registrations.RegistrationPromoted(next.get()));
        }
    }

    /** The seats taken: held for a confirmation still awaited, confirmed, or marked present or absent. */
    public int taken(UUID eventId) {
        return jdbc.sql("select count(*) from registration where event_id = :event and " + TAKING_A_SEAT)
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    /** Whether a place is free: on the event, or (seats per session) on one of its sessions at least. */
    boolean free(Event event) {
        if (event.seatsPerSession()) {
            return sessions.left(event).values().stream().anyMatch(left -> left == null || left > 0);
        }
        return event.capacity() == null || taken(event.id()) < event.capacity();
    }

    /** Ends the registrations whose address was not confirmed in time; how many. */
    private int expire(UUID eventId) {
        return jdbc.sql(
                        """
                        update registration set status = 'expired', status_at = now()
                        where event_id = :event and status in ('held', 'waitlisted', 'pending_approval')
                          and confirm_by <= now()
                        """)
                .param("event", eventId)
                .update();
    }

    private Optional<UUID> nextWaitlisted(UUID eventId) {
        return jdbc.sql(
                        """
                        select id from registration
                        where event_id = :event and status = 'waitlisted' and (confirm_by is null or confirm_by > now())
                        order by created_at, id limit 1
                        """)
                .param("event", eventId)
                .query(UUID.class)
                .optional();
    }
}
