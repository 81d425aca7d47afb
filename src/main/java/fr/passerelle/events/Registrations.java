package fr.passerelle.events;

import fr.passerelle.common.Throttle;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.EventRejectedException.Breach;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations without an account. Each registration, cancellation and promotion first locks the event's row, so
 * that they take turns per event: the confirmed registrations never exceed the capacity, whatever the concurrency.
 * When full, people join the waitlist in the order they came; a cancellation promotes the first of them. With
 * approval on, registrations wait for a coordinator.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A registration as its link shows it. */
    public record Registration(
            UUID id,
            UUID eventId,
            String name,
            String email,
            String organisation,
            String role,
            RegistrationStatus status,
            OffsetDateTime createdAt) {}

    /** A registration was recorded (confirmed, waitlisted or pending): its person hears of it. */
    public record RegistrationRecorded(UUID registrationId) {}

    /** A waitlisted person got a place: they hear of it. */
    public record RegistrationPromoted(UUID registrationId) {}

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Throttle throttle;
    private final Throttle.Limit perAddress;

    Registrations(
            JdbcClient jdbc,
            EventRepository events,
            ApplicationEventPublisher publisher,
            Throttle throttle,
            @org.springframework.beans.factory.annotation.Value("${passerelle.events.registrations-per-hour:300}")
                    int perHour) {
        this.throttle = throttle;
        this.perAddress = new Throttle.Limit("registration-address", perHour, java.time.Duration.ofHours(1));
        this.jdbc = jdbc;
        this.events = events;
        this.publisher = publisher;
    }

    /**
     * Registers the person: confirmed while places remain, else waitlisted; pending when the event asks approval.
     *
     * @throws EventRejectedException listing every field the registration gets wrong, or when the address is already
     *     registered
     * @throws RegistrationClosedException when registrations are not taken now
     * @throws EventNotFoundException when there is no such published event
     */
    @Transactional
    public RegistrationReceipt register(UUID eventId, RegistrationDraft draft) {
        return register(eventId, draft, null);
    }

    /**
     * Registers, counting the request against its address's hourly limit.
     *
     * @throws TooManyRegistrationsException past the limit for that address
     */
    @Transactional
    public RegistrationReceipt register(UUID eventId, RegistrationDraft draft, String address) {
        if (address != null && !throttle.hit(perAddress, address).allowed()) {
            throw new TooManyRegistrationsException();
        }
        Event event = events.lock(eventId)
                .filter(found -> !"draft".equals(found.status()))
                .orElseThrow(() -> new EventNotFoundException(eventId));
        check(event, draft);
        if (!event.open(OffsetDateTime.now())) {
            throw new RegistrationClosedException();
        }
        RegistrationStatus status;
        if (event.approvalRequired()) {
            status = RegistrationStatus.PENDING_APPROVAL;
        } else if (event.capacity() == null || confirmed(eventId) < event.capacity()) {
            status = RegistrationStatus.CONFIRMED;
        } else {
            status = RegistrationStatus.WAITLISTED;
        }
        String token = token();
        UUID id = jdbc.sql(
                        """
                        insert into registration (event_id, name, email, organisation, role, answers, consent, status,
                                                  token, source_address)
                        values (:event, :name, :email, :organisation, :role, cast(:answers as jsonb), :consent, :status,
                                :token, :address)
                        on conflict (event_id, lower(email)) where status <> 'cancelled' do nothing
                        returning id
                        """)
                .param("event", eventId)
                .param("name", draft.name().strip())
                .param("email", draft.email().strip())
                .param("organisation", blankToNull(draft.organisation()))
                .param("role", blankToNull(draft.role()))
                .param("answers", json.writeValueAsString(draft.answers() == null ? Map.of() : draft.answers()))
                .param("consent", draft.consent())
                .param("status", status.code())
                .param("token", token)
                .param("address", address)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new EventRejectedException(List.of(new Breach("email", "registration.already"))));
        publisher.publishEvent(new RegistrationRecorded(id));
        return new RegistrationReceipt(id, status, token);
    }

    /**
     * Cancels the registration of that link; a confirmed place goes to the first waitlisted person, who is told.
     *
     * @return false when it was already cancelled
     * @throws EventNotFoundException when the link is unknown
     */
    @Transactional
    public boolean cancel(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new EventNotFoundException("link"));
        events.lock(registration.eventId());
        RegistrationStatus before = jdbc.sql("select status from registration where id = :id")
                .param("id", registration.id())
                .query(String.class)
                .optional()
                .flatMap(code -> Vocabulary.parse(RegistrationStatus.class, code))
                .orElseThrow();
        if (before == RegistrationStatus.CANCELLED) {
            return false;
        }
        jdbc.sql("update registration set status = 'cancelled', status_at = now() where id = :id")
                .param("id", registration.id())
                .update();
        if (before == RegistrationStatus.CONFIRMED) {
            promote(registration.eventId());
        }
        return true;
    }

    /** Gives freed places to the waitlisted, first come first served (the event's row is locked by the caller). */
    void promote(UUID eventId) {
        Event event = events.find(eventId).orElseThrow();
        while (event.capacity() == null || confirmed(eventId) < event.capacity()) {
            Optional<UUID> next = jdbc.sql(
                            """
                            select id from registration where event_id = :event and status = 'waitlisted'
                            order by created_at, id limit 1
                            """)
                    .param("event", eventId)
                    .query(UUID.class)
                    .optional();
            if (next.isEmpty()) {
                return;
            }
            jdbc.sql("update registration set status = 'confirmed', status_at = now() where id = :id")
                    .param("id", next.get())
                    .update();
            publisher.publishEvent(new RegistrationPromoted(next.get()));
        }
    }

    public Optional<Registration> byToken(String token) {
        return jdbc.sql("select * from registration where token = :token")
                .param("token", token == null ? "" : token)
                .query((rs, row) -> new Registration(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("organisation"),
                        rs.getString("role"),
                        Vocabulary.parse(RegistrationStatus.class, rs.getString("status"))
                                .orElseThrow(),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }

    Optional<Registration> byId(UUID id) {
        return jdbc.sql("select token from registration where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .flatMap(this::byToken);
    }

    String tokenOf(UUID id) {
        return jdbc.sql("select token from registration where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The registrations that hold a place, wait for one or wait for approval, in the order they came. */
    List<UUID> activeIds(UUID eventId) {
        return jdbc.sql(
                        """
                        select id from registration
                        where event_id = :event and status in ('confirmed', 'waitlisted', 'pending_approval')
                        order by created_at, id
                        """)
                .param("event", eventId)
                .query(UUID.class)
                .list();
    }

    /** How many confirmed (or attended) places the event has. */
    public int confirmed(UUID eventId) {
        return jdbc.sql(
                        "select count(*) from registration where event_id = :event and status in ('confirmed', 'attended', 'no_show')")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    private static void check(Event event, RegistrationDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        int name = draft.name() == null ? 0 : draft.name().strip().length();
        if (name < 2 || name > 150) {
            breaches.add(new Breach("name", "registration.name.length"));
        }
        String email = draft.email() == null ? "" : draft.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            breaches.add(new Breach("email", "registration.email.invalid"));
        }
        if (draft.organisation() != null && draft.organisation().strip().length() > 200) {
            breaches.add(new Breach("organisation", "registration.organisation.length"));
        }
        if (draft.role() != null && draft.role().strip().length() > 200) {
            breaches.add(new Breach("role", "registration.role.length"));
        }
        for (Event.Question question : event.questions()) {
            String answer = draft.answers() == null ? null : draft.answers().get(question.position());
            if (question.required() && (answer == null || answer.isBlank())) {
                breaches.add(new Breach("answer" + question.position(), "registration.answer.required"));
            } else if (answer != null && answer.length() > 2000) {
                breaches.add(new Breach("answer" + question.position(), "registration.answer.length"));
            }
        }
        if (!draft.consent()) {
            breaches.add(new Breach("consent", "registration.consent.required"));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
