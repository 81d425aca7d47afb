package fr.passerelle.events.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling one session of an event of several, for those who may change the event: the session stays on the event's
 * page, marked cancelled, and takes no registration any more; its registrants let go of their place on it (a
 * registration for that session alone is cancelled) and hear it, with the CANCEL of that session for those who held a
 * confirmed place. The event's last session is not cancelled this way: the event is.
 */
@Service
@RequiredArgsConstructor
public class SessionCancellations {

    /** The longest reason organisers may give. */
    static final int REASON_LENGTH = 1000;

    /** A registrant of the cancelled session; {@code calendar} when a confirmed place on it was in their calendar. */
    private record Registrant(UUID id, boolean calendar) {}

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final Events agenda;
    private final Seats seats;
    private final ApplicationEventPublisher publisher;

    /**
     * Cancels the session (by UID) of a published event, with the organisers' reason when given.
     *
     * @return false when it was cancelled already
     * @throws EventRejectedException when it is the event's last session left, or the reason is too long
     * @throws EventNotFoundException when there is no such session, or the user may not change its event
     */
    @Transactional
    public boolean cancel(AccountUser user, UUID eventId, String uid, String reason) {
        Event event = seats.lock(eventId)
                .filter(found -> "published".equals(found.status()) && agenda.edits(user, found))
                .orElseThrow(() -> new EventNotFoundException(eventId));
        Event.Slot session = event.slots().stream()
                .filter(slot -> slot.uid().equals(uid))
                .findFirst()
                .orElseThrow(() -> new EventNotFoundException(eventId));
        String why = blankToNull(reason) == null ? null : reason.strip();
        check(event, session, why);
        if (session.cancelled() || !events.cancelSession(eventId, uid, why, user.id())) {
            return false;
        }
        List<Registrant> registrants = release(eventId, uid);
        seats.promote(eventId);
        publisher.publishEvent(new Events.EventChanged(eventId, event.revision() + 1, true));
        // One publication per registrant, so that a mail that fails is retried alone.
        registrants.forEach(registrant -> publisher.publishEvent(
                new SessionChanges.SessionCancelled(registrant.id(), session, why, registrant.calendar())));
        return true;
    }

    private static void check(Event event, Event.Slot session, String reason) {
        if (!session.cancelled() && event.openSlots().size() <= 1) {
            throw new EventRejectedException(List.of(new Breach("session", "event.session.cancel.last")));
        }
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new EventRejectedException(List.of(new Breach("reason", "event.session.cancel.reason.length")));
        }
    }

    /**
     * Lets the session's registrants go of it: those registered for that session alone are cancelled, the others keep
     * their other sessions (those registered for every session keep the others, without a row to delete).
     *
     * @return the registrants to tell, in the order they came
     */
    private List<Registrant> release(UUID eventId, String uid) {
        List<Registrant> registrants = jdbc.sql(
                        """
                        select r.id, r.status = 'confirmed' and coalesce(rs.state, 'seated') = 'seated' as calendar
                        from registration r
                        left join registration_session rs on rs.registration_id = r.id and rs.slot_uid = :uid
                        where r.event_id = :event and r.status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                          and (rs.slot_uid is not null
                               or not exists (select 1 from registration_session o where o.registration_id = r.id))
                        order by r.created_at, r.id
                        """)
                .param("event", eventId)
                .param("uid", uid)
                .query((rs, row) -> new Registrant(rs.getObject("id", UUID.class), rs.getBoolean("calendar")))
                .list();
        jdbc.sql(
                        """
                        update registration r set status = 'cancelled', status_at = now()
                        where r.event_id = :event and r.status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                          and exists (select 1 from registration_session rs
                                      where rs.registration_id = r.id and rs.slot_uid = :uid)
                          and not exists (select 1 from registration_session o
                                          where o.registration_id = r.id and o.slot_uid <> :uid)
                        """)
                .param("event", eventId)
                .param("uid", uid)
                .update();
        jdbc.sql(
                        """
                        delete from registration_session rs using registration r
                        where r.id = rs.registration_id and r.event_id = :event and rs.slot_uid = :uid
                          and r.status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                        """)
                .param("event", eventId)
                .param("uid", uid)
                .update();
        return registrants;
    }
}
