package fr.passerelle.events.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisers' side of registrations: the participants' list, approving the pending ones, marking attendance at
 * the door, writing to the participants. For those who may change the event: coordinators, the agents who published
 * it or whose territory did.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Participants {

    /** A registration as organisers see it. */
    public record Participant(
            UUID id,
            String name,
            String email,
            String organisation,
            String role,
            RegistrationStatus status,
            Map<String, String> answers,
            OffsetDateTime createdAt,
            OffsetDateTime confirmBy) {

        /** The participant of a registration, with their answers to the event's questions. */
        static Participant of(Registrations.Registration registration, Map<String, String> answers) {
            return new Participant(
                    registration.id(),
                    registration.name(),
                    registration.email(),
                    registration.organisation(),
                    registration.role(),
                    registration.status(),
                    answers,
                    registration.createdAt(),
                    registration.confirmBy());
        }
    }

    /** The organisers wrote to the event's participants. */
    public record ParticipantsWritten(UUID eventId, String subject, String message, String from) {}

    /** The organisers refused a pending registration; its person is told, with their reason when they gave one. */
    public record RegistrationRefused(UUID registrationId, String reason) {}

    /** The longest reason an organiser may give for a refusal. */
    static final int REASON_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final Events agenda;
    private final Seats seats;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Whether the user organises the event: whether they may change it. */
    public boolean organises(AccountUser user, UUID eventId) {
        return user != null
                && events.find(eventId)
                        .filter(event -> agenda.edits(user, event))
                        .isPresent();
    }

    /**
     * Everyone registered, in the order they came (cancelled and refused ones last); not those whose address was never confirmed
     * in time.
     */
    public List<Participant> of(AccountUser user, UUID eventId) {
        requireOrganiser(user, eventId);
        return jdbc.sql(
                        """
                        select * from registration where event_id = :event and status <> 'expired'
                        order by status in ('cancelled', 'refused'), created_at, id
                        """)
                .param("event", eventId)
                .query((rs, row) -> Participant.of(
                        Registrations.Registration.of(rs),
                        json.readValue(rs.getString("answers"), new TypeReference<Map<String, String>>() {})))
                .list();
    }

    /**
     * Marks a confirmed (or already marked) participant present or absent, from the day the event begins.
     *
     * @throws EventRejectedException before the event's first day
     * @throws EventNotFoundException when the registration is not one of the event's, or not organised by the user
     */
    @Transactional
    public void attendance(AccountUser user, UUID eventId, UUID registrationId, boolean present) {
        requireOrganiser(user, eventId);
        Event event = events.find(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
        if (!event.attendanceOpen(OffsetDateTime.now())) {
            throw new EventRejectedException(List.of(new Breach("present", "participants.attendance.tooEarly")));
        }
        int changed = jdbc.sql(
                        """
                        update registration set status = :status, status_at = now()
                        where id = :id and event_id = :event and status in ('confirmed', 'attended', 'no_show')
                        """)
                .param("status", present ? "attended" : "no_show")
                .param("id", registrationId)
                .param("event", eventId)
                .update();
        if (changed == 0) {
            throw new EventNotFoundException(registrationId);
        }
    }

    /**
     * Approves a pending registration: while places remain, confirmed (or held, when the person has yet to confirm
     * their address), else waitlisted; the person is told.
     */
    @Transactional
    public RegistrationStatus approve(AccountUser user, UUID eventId, UUID registrationId) {
        requireOrganiser(user, eventId);
        Event event = seats.lock(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
        String status = jdbc.sql(
                        """
                        update registration
                        set status = case when not :seat then 'waitlisted' when confirm_by is null then 'confirmed'
                                          else 'held' end,
                            status_at = now()
                        where id = :id and event_id = :event and status = 'pending_approval'
                        returning status
                        """)
                .param(
                        "seat",
                        event.seatsPerSession() ? seats.sessions().seat(event, registrationId) : seats.free(event))
                .param("id", registrationId)
                .param("event", eventId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new EventNotFoundException(registrationId));
        publisher.publishEvent(new Registrations.RegistrationRecorded(registrationId));
        return Vocabulary.parse(RegistrationStatus.class, status).orElseThrow();
    }

    /**
     * Refuses a registration waiting for approval; the person is told by e-mail, with the reason when one is given.
     *
     * @return false when it no longer waited for approval (approved, refused or cancelled meanwhile)
     * @throws EventRejectedException when the reason is too long
     */
    @Transactional
    public boolean refuse(AccountUser user, UUID eventId, UUID registrationId, String reason) {
        requireOrganiser(user, eventId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_LENGTH) {
            throw new EventRejectedException(List.of(new Breach("reason", "participants.refuse.reason.length")));
        }
        seats.lock(eventId);
        int refused = jdbc.sql(
                        """
                        update registration set status = 'refused', status_at = now(), confirm_by = null
                        where id = :id and event_id = :event and status = 'pending_approval'
                        """)
                .param("id", registrationId)
                .param("event", eventId)
                .update();
        if (refused == 0) {
            return false;
        }
        publisher.publishEvent(new RegistrationRefused(registrationId, why));
        return true;
    }

    /**
     * Writes to the confirmed participants (and those marked present).
     *
     * @throws EventRejectedException when the subject or the message is missing or too long
     */
    @Transactional
    public void write(AccountUser user, UUID eventId, String subject, String message) {
        requireOrganiser(user, eventId);
        List<Breach> breaches = new java.util.ArrayList<>();
        if (subject == null || subject.isBlank() || subject.length() > 150) {
            breaches.add(new Breach("subject", "participants.subject.length"));
        }
        if (message == null || message.strip().length() < 10 || message.length() > 5000) {
            breaches.add(new Breach("message", "participants.message.length"));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
        publisher.publishEvent(new ParticipantsWritten(eventId, subject.strip(), message.strip(), user.displayName()));
    }

    /** A session's figures for its organisers: its words, places taken, capacity (null: none), people waiting. */
    public record SessionFigures(Event.Slot slot, int seated, Integer capacity, int waiting) {}

    /** Per session of an event whose registrations name their sessions; none otherwise. */
    public List<SessionFigures> sessionFigures(AccountUser user, Event event) {
        requireOrganiser(user, event.id());
        if (!event.sessionsChosen()) {
            return List.of();
        }
        Map<String, int[]> counts = seats.sessions().counts(event);
        return event.slots().stream()
                .map(slot ->
                        new SessionFigures(slot, counts.get(slot.uid())[0], slot.capacity(), counts.get(slot.uid())[1]))
                .toList();
    }

    /**
     * A session of a participant: whether their registration is seated on it (else waits for a place there), whether
     * they were checked in, and where the registration itself stands.
     */
    public record SessionMark(Event.Slot slot, boolean seated, boolean checkedIn, RegistrationStatus status) {

        /** Whether the person holds a place on it: seated there, by a registration that takes a seat. */
        public boolean holdsPlace() {
            return seated && status.takesSeat();
        }

        /**
         * What the organisers read beside the session: checked in, place confirmed or waiting while the registration
         * holds or waits for places; else the registration's own status (cancelled, refused, awaiting approval).
         */
        public String messageKey() {
            if (checkedIn) {
                return "participants.session.checkedIn";
            }
            if (holdsPlace()) {
                return "participants.session.seated";
            }
            return status.takesSeat() || status == RegistrationStatus.WAITLISTED
                    ? "participants.session.waiting"
                    : status.messageKey();
        }
    }

    /** The sessions of each registration that named its sessions, by registration, in the event's order. */
    public Map<UUID, List<SessionMark>> sessionsOf(AccountUser user, Event event) {
        requireOrganiser(user, event.id());
        java.util.Set<String> checked = new java.util.HashSet<>();
        jdbc.sql(
                        """
                        select c.registration_id || ' ' || c.slot_uid from registration_checkin c
                        join registration r on r.id = c.registration_id where r.event_id = :event
                        """)
                .param("event", event.id())
                .query(String.class)
                .list()
                .forEach(checked::add);
        Map<UUID, RegistrationStatus> statuses = statuses(event.id());
        Map<UUID, List<SessionMark>> marks = new java.util.HashMap<>();
        seats.sessions()
                .ofEvent(event.id())
                .forEach((id, places) -> marks.put(
                        id,
                        event.slots().stream()
                                .flatMap(slot -> places.stream()
                                        .filter(place -> place.uid().equals(slot.uid()))
                                        .map(place -> new SessionMark(
                                                slot,
                                                place.seated(),
                                                checked.contains(id + " " + slot.uid()),
                                                statuses.get(id))))
                                .toList()));
        return marks;
    }

    /** Where each registration of the event stands, by registration. */
    private Map<UUID, RegistrationStatus> statuses(UUID eventId) {
        Map<UUID, RegistrationStatus> statuses = new java.util.HashMap<>();
        jdbc.sql("select id, status from registration where event_id = :event")
                .param("event", eventId)
                .query(rs -> {
                    statuses.put(
                            rs.getObject("id", UUID.class),
                            Vocabulary.parse(RegistrationStatus.class, rs.getString("status"))
                                    .orElseThrow());
                });
        return statuses;
    }

    /** The addresses of the confirmed participants, for the organisers' messages and reminders. */
    List<String> confirmedEmails(UUID eventId) {
        return jdbc.sql(
                        "select email from registration where event_id = :event and status in ('confirmed', 'attended') order by created_at")
                .param("event", eventId)
                .query(String.class)
                .list();
    }

    private void requireOrganiser(AccountUser user, UUID eventId) {
        if (!organises(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
    }
}
