package fr.passerelle.events.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.SecretTokens;
import fr.passerelle.events.Event;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presence at the door: the code of the QR image e-mailed with a confirmed place (printed beside it for those who
 * cannot scan) is scanned or typed on the participants' page, once per session. The code is ten characters of
 * Crockford's base 32 (about 50 random bits), kept only as its SHA-256; typing forgives case, spaces, dashes and the
 * letters O, I and L read for digits.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CheckIns {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 10;

    /** What a scan led to. */
    public enum Outcome {
        CHECKED_IN,
        ALREADY,
        UNKNOWN,
        OTHER_EVENT,
        NO_PLACE,
        OTHER_SESSION
    }

    /** The scan's outcome, with the person's name when the code is one of the event's. */
    public record Answer(Outcome outcome, String name) {}

    private record Holder(UUID id, UUID eventId, String name, String status) {}

    private final JdbcClient jdbc;
    private final Participants participants;
    private final EventRepository events;
    private final Registrations registrations;

    /** A new code for the registration, written ABCDE-FGHJK; the one e-mailed before no longer opens the door. */
    @Transactional
    public String issue(UUID registrationId) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        jdbc.sql("update registration set checkin_hash = :hash where id = :id")
                .param("hash", SecretTokens.hash(code.toString()))
                .param("id", registrationId)
                .update();
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /**
     * Checks in the holder of the code for the session (by UID; null on an event of one session): their registration
     * is marked present, and the session noted once.
     *
     * @throws EventNotFoundException when the user does not organise the event, or the session is not one of its
     * @throws EventRejectedException before the event's first day
     */
    @Transactional
    public Answer checkIn(AccountUser user, UUID eventId, String sessionUid, String typed, OffsetDateTime now) {
        if (!participants.organises(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
        Event event = events.find(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
        String session = sessionUid == null && event.slots().size() == 1
                ? event.slots().get(0).uid()
                : sessionUid;
        if (event.slots().stream().noneMatch(slot -> slot.uid().equals(session))) {
            throw new EventRejectedException(List.of(new Breach("session", "checkin.session.required")));
        }
        if (!event.attendanceOpen(now)) {
            throw new EventRejectedException(List.of(new Breach("code", "participants.attendance.tooEarly")));
        }
        Optional<Holder> holder = normalized(typed).flatMap(this::holder);
        if (holder.isEmpty()) {
            return new Answer(Outcome.UNKNOWN, null);
        }
        Holder found = holder.get();
        if (!found.eventId().equals(eventId)) {
            return new Answer(Outcome.OTHER_EVENT, null);
        }
        if (!List.of("confirmed", "attended", "no_show").contains(found.status())) {
            return new Answer(Outcome.NO_PLACE, found.name());
        }
        if (!registrations.seatedSessions(found.id(), event).contains(session)) {
            return new Answer(Outcome.OTHER_SESSION, found.name());
        }
        return new Answer(note(found, session, user) ? Outcome.CHECKED_IN : Outcome.ALREADY, found.name());
    }

    /** The names of the people checked in at the session, the latest first, for its organisers. */
    public List<String> checkedIn(AccountUser user, UUID eventId, String sessionUid) {
        if (!participants.organises(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
        return jdbc.sql(
                        """
                        select r.name from registration_checkin c join registration r on r.id = c.registration_id
                        where r.event_id = :event and c.slot_uid = :session order by c.checked_in_at desc, r.name
                        """)
                .param("event", eventId)
                .param("session", sessionUid)
                .query(String.class)
                .list();
    }

    /** The sessions the registration was checked in at (by UID). */
    public List<String> sessionsAttended(UUID registrationId) {
        return jdbc.sql("select slot_uid from registration_checkin where registration_id = :id")
                .param("id", registrationId)
                .query(String.class)
                .list();
    }

    /** The code as typed, in the form it was issued: upper case, without separators, O for 0, I and L for 1. */
    static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[\\s\\-_.]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? Optional.of(code)
                : Optional.empty();
    }

    private Optional<Holder> holder(String code) {
        return jdbc.sql("select id, event_id, name, status from registration where checkin_hash = :hash")
                .param("hash", SecretTokens.hash(code))
                .query((rs, row) -> new Holder(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("status")))
                .optional();
    }

    /** Notes the session once and marks the registration present; false when the session was noted already. */
    private boolean note(Holder holder, String session, AccountUser user) {
        int noted = jdbc.sql(
                        """
                        insert into registration_checkin (registration_id, slot_uid, checked_in_by)
                        values (:id, :session, :by) on conflict do nothing
                        """)
                .param("id", holder.id())
                .param("session", session)
                .param("by", user.id())
                .update();
        jdbc.sql(
                        """
                        update registration set status = 'attended', status_at = now()
                        where id = :id and status in ('confirmed', 'no_show')
                        """)
                .param("id", holder.id())
                .update();
        return noted > 0;
    }
}
