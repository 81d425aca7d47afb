package fr.passerelle.events.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Throttle;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations without an account. On a capacity-limited event a registration waits for its person to click the
 * link e-mailed to the address, within a delay ({@code passerelle.events.confirmation-delay}, 30 minutes by default):
 * meanwhile its seat is held, so nobody is overbooked; past the delay it expires and the seat goes to the waitlist,
 * so made-up addresses cannot keep real people out. Every change of seats takes the event's row lock ({@link Seats}).
 * The one who registers learns nothing of the address they typed: the personal link travels by e-mail alone, and an
 * address already registered gets the same answer (its person receives their registration's e-mail again).
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The e-mail of an existing registration goes again at most once an hour, whoever types its address. */
    private static final Throttle.Limit REPEATS = new Throttle.Limit("registration-repeat", 1, Duration.ofHours(1));

    /** A registration as its link shows it; {@code confirmBy} while its address awaits confirmation. */
    public record Registration(
            UUID id,
            UUID eventId,
            String name,
            String email,
            String organisation,
            String role,
            RegistrationStatus status,
            OffsetDateTime createdAt,
            OffsetDateTime confirmBy) {

        /** The registration of a row of the registration table. */
        static Registration of(ResultSet rs) throws SQLException {
            return new Registration(
                    rs.getObject("id", UUID.class),
                    rs.getObject("event_id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("organisation"),
                    rs.getString("role"),
                    Vocabulary.parse(RegistrationStatus.class, rs.getString("status"))
                            .orElseThrow(),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("confirm_by", OffsetDateTime.class));
        }
    }

    /** A registration was recorded (held, confirmed, waitlisted or pending), or typed again: its person hears of it. */
    public record RegistrationRecorded(UUID registrationId) {}

    /** A waitlisted person got a place, confirmed or held until their delay ends: they hear of it. */
    public record RegistrationPromoted(UUID registrationId) {}

    /** A held place was confirmed by its e-mail's link: the person gets the event for their calendar. */
    public record RegistrationConfirmed(UUID registrationId) {}

    private final JdbcClient jdbc;
    private final Seats seats;
    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Throttle throttle;
    private final Throttle.Limit perAddress;
    private final Duration confirmationDelay;
    private final TransactionTemplate transactions;

    Registrations(
            JdbcClient jdbc,
            Seats seats,
            EventRepository events,
            ApplicationEventPublisher publisher,
            Throttle throttle,
            PlatformTransactionManager transactionManager,
            @Value("${passerelle.events.registrations-per-hour:300}") int perHour,
            @Value("${passerelle.events.confirmation-delay:30m}") Duration confirmationDelay) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.events = events;
        this.publisher = publisher;
        this.throttle = throttle;
        this.perAddress = new Throttle.Limit("registration-address", perHour, Duration.ofHours(1));
        this.confirmationDelay = confirmationDelay;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** How long a person has to click the e-mailed link of a registration to a capacity-limited event. */
    public Duration confirmationDelay() {
        return confirmationDelay;
    }

    /**
     * Registers the person, as {@link #register(UUID, RegistrationDraft, String)} does, without a per-address count.
     */
    @Transactional
    public RegistrationReceipt register(UUID eventId, RegistrationDraft draft) {
        return recorded(eventId, draft, null).receipt();
    }

    /**
     * Registers the person: pending when the event asks approval; else confirmed on an event without capacity; else
     * held while seats remain, waitlisted when full, both until the address is confirmed within the delay. An address
     * already registered changes nothing, and gets the same receipt (without id or token).
     *
     * <p>The network address's attempt is counted first, in a statement of its own, before the registration's
     * transaction: counted inside it, the address's row of the count would stay locked until the commit, and every
     * registration sent through one address (a venue's shared connection, a partner's server) would wait for the
     * whole of the one before instead of the few statements that take a seat.
     *
     * @throws EventRejectedException listing every field the registration gets wrong
     * @throws RegistrationClosedException when registrations are not taken now
     * @throws EventNotFoundException when there is no such published event
     * @throws TooManyRegistrationsException past the hourly limit for that network address
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationReceipt register(UUID eventId, RegistrationDraft draft, String address) {
        counted(address);
        return transactions.execute(status -> recorded(eventId, draft, address).receipt());
    }

    /**
     * Registers the person as {@link #register(UUID, RegistrationDraft, String)} does, on places only: a session chosen
     * that is full refuses the whole registration (nothing is kept) instead of waitlisting it on that session.
     *
     * @throws SessionFullException naming the first session chosen that had no place left
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationReceipt registerOnPlaces(UUID eventId, RegistrationDraft draft, String address) {
        counted(address);
        return transactions.execute(status -> {
            Recorded recorded = recorded(eventId, draft, address);
            RegistrationReceipt receipt = recorded.receipt();
            if (receipt.id() != null && recorded.event().sessionsChosen()) {
                List<String> full = waitlistedSessions(receipt.id());
                recorded.event().slots().stream()
                        .filter(slot -> full.contains(slot.uid()))
                        .findFirst()
                        .ifPresent(slot -> {
                            throw new SessionFullException(slot);
                        });
            }
            return receipt;
        });
    }

    /** Counts an attempt from that network address (none without one), refused past the hourly limit. */
    private void counted(String address) {
        if (address != null && !throttle.hit(perAddress, address).allowed()) {
            throw new TooManyRegistrationsException();
        }
    }

    /** A registration recorded (its receipt), and the event as read under its lock. */
    private record Recorded(RegistrationReceipt receipt, Event event) {}

    /** The registration recorded, inside the caller's transaction. */
    private Recorded recorded(UUID eventId, RegistrationDraft draft, String address) {
        // The answers are checked on a first read, and the row read again under its lock for the seats: registrations
        // to one event take turns for the few statements that count and take a seat only.
        Event read = events.find(eventId)
                .filter(found -> !"draft".equals(found.status()))
                .orElseThrow(() -> new EventNotFoundException(eventId));
        RegistrationRules.check(read, draft);
        if (!read.open(OffsetDateTime.now())) {
            throw new RegistrationClosedException();
        }
        // Told before the turn, so that the event publication is not written while the event's row is locked: the
        // listeners run after the commit, and one told of a registration that was not made (its address was
        // registered already) finds none.
        UUID id = UUID.randomUUID();
        publisher.publishEvent(new RegistrationRecorded(id));
        Event event = seats.lock(read)
                .filter(found -> !"draft".equals(found.status()))
                .orElseThrow(() -> new EventNotFoundException(eventId));
        if (!event.open(OffsetDateTime.now())) {
            throw new RegistrationClosedException();
        }
        OffsetDateTime confirmBy = event.limited() ? OffsetDateTime.now().plus(confirmationDelay) : null;
        String token = token();
        RegistrationReceipt receipt = insert(id, event, draft, confirmBy, token, address)
                .orElseGet(() -> {
                    remindRegistered(eventId, draft.email());
                    return new RegistrationReceipt(null, seats.statusFor(event), null, confirmBy);
                });
        return new Recorded(receipt, event);
    }

    /**
     * Confirms the address of the registration of that link, in time: a held seat becomes confirmed, a waitlisted or
     * pending registration keeps its rank. Past the delay, the registration has expired.
     *
     * @return where the registration stands now
     * @throws EventNotFoundException when the link is unknown
     */
    @Transactional
    public RegistrationStatus confirm(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new EventNotFoundException("link"));
        seats.lock(registration.eventId());
        jdbc.sql(
                        """
                        update registration set confirm_by = null,
                               status = case status when 'held' then 'confirmed' else status end,
                               status_at = case status when 'held' then now() else status_at end
                        where id = :id and confirm_by is not null and status in ('held', 'waitlisted', 'pending_approval')
                        returning status
                        """)
                .param("id", registration.id())
                .query(String.class)
                .optional()
                .filter("confirmed"::equals)
                .ifPresent(confirmed -> publisher.publishEvent(new RegistrationConfirmed(registration.id())));
        return status(registration.id());
    }

    /**
     * Cancels the registration of that link; a seat it took goes to the first waitlisted person, who is told.
     *
     * @return false when it had already ended (cancelled or expired)
     * @throws EventNotFoundException when the link is unknown
     */
    @Transactional
    public boolean cancel(String token) {
        Registration registration = byToken(token).orElseThrow(() -> new EventNotFoundException("link"));
        seats.lock(registration.eventId());
        RegistrationStatus before = status(registration.id());
        if (before == RegistrationStatus.CANCELLED || before == RegistrationStatus.EXPIRED) {
            return false;
        }
        jdbc.sql("update registration set status = 'cancelled', status_at = now() where id = :id")
                .param("id", registration.id())
                .update();
        if (before == RegistrationStatus.HELD || before == RegistrationStatus.CONFIRMED) {
            seats.promote(registration.eventId());
        }
        return true;
    }

    public Optional<Registration> byToken(String token) {
        return jdbc.sql("select * from registration where token = :token")
                .param("token", token == null ? "" : token)
                .query((rs, row) -> Registration.of(rs))
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
    public List<UUID> activeIds(UUID eventId) {
        return jdbc.sql(
                        """
                        select id from registration
                        where event_id = :event and status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                        order by created_at, id
                        """)
                .param("event", eventId)
                .query(UUID.class)
                .list();
    }

    /** How many confirmed places the event has (those marked present or absent included). */
    public int confirmed(UUID eventId) {
        return jdbc.sql(
                        "select count(*) from registration where event_id = :event and status in ('confirmed', 'attended', 'no_show')")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    /** The places left per session (by UID, in order); null for a session without its own capacity. */
    public Map<String, Integer> sessionsLeft(Event event) {
        return seats.sessions().left(event);
    }

    /** The sessions a registration holds a place on (by UID); every session when it named none. */
    public List<String> seatedSessions(UUID registrationId, Event event) {
        List<SessionSeats.Place> places = seats.sessions().of(registrationId);
        return places.isEmpty()
                ? event.openSlots().stream().map(Event.Slot::uid).toList()
                : places.stream()
                        .filter(SessionSeats.Place::seated)
                        .map(SessionSeats.Place::uid)
                        .toList();
    }

    /** The sessions a registration waits for a place on (by UID). */
    public List<String> waitlistedSessions(UUID registrationId) {
        return seats.sessions().of(registrationId).stream()
                .filter(place -> !place.seated())
                .map(SessionSeats.Place::uid)
                .toList();
    }

    /** How many places are taken: confirmed, or held for a confirmation still awaited. */
    public int taken(UUID eventId) {
        return seats.taken(eventId);
    }

    /**
     * Inserts the registration, unless its address is registered already, with the status it gets now: pending when
     * the event asks approval, confirmed without capacity, else held while the seats taken (counted in the same
     * statement, under the event's lock) are fewer than the capacity, waitlisted when full. On an event whose
     * registrations name their sessions, the same statement records each session chosen, seated while that session
     * has places (counted likewise), else waitlisted; with places per session, the registration is held when one
     * session at least seated it.
     */
    private Optional<RegistrationReceipt> insert(
            UUID id, Event event, RegistrationDraft draft, OffsetDateTime confirmBy, String token, String address) {
        RegistrationStatus fixed = event.approvalRequired()
                ? RegistrationStatus.PENDING_APPROVAL
                : event.limited() ? null : RegistrationStatus.CONFIRMED;
        String sql = event.sessionsChosen() ? WITH_SESSIONS : ONE_SEAT;
        List<String> sessions = draft.sessions() != null
                ? draft.sessions()
                : event.openSlots().stream().map(Event.Slot::uid).toList();
        return jdbc.sql(sql.formatted(Seats.TAKING_A_SEAT))
                .param("id", id)
                .param("event", event.id())
                .param("name", draft.name().strip())
                .param("email", draft.email().strip())
                .param("organisation", blankToNull(draft.organisation()))
                .param("role", blankToNull(draft.role()))
                .param("answers", json.writeValueAsString(draft.answers() == null ? Map.of() : draft.answers()))
                .param("consent", draft.consent())
                .param("fixed", fixed == null ? null : fixed.code())
                .param("capacity", event.capacity())
                .param("confirmBy", confirmBy)
                .param("token", token)
                .param("address", address)
                .param("sessions", sessions.toArray(String[]::new))
                .query((rs, row) -> new RegistrationReceipt(
                        rs.getObject("id", UUID.class),
                        Vocabulary.parse(RegistrationStatus.class, rs.getString("status"))
                                .orElseThrow(),
                        token,
                        confirmBy))
                .optional();
    }

    /** The registration to an event of one session, its seat counted on the event's capacity. */
    private static final String ONE_SEAT =
            """
            insert into registration (id, event_id, name, email, organisation, role, answers, consent, status,
                                      confirm_by, token, source_address)
            select :id, :event, :name, :email, :organisation, :role, cast(:answers as jsonb), :consent,
                   coalesce(cast(:fixed as text),
                            case when (select count(*) from registration where event_id = :event and %1$s)
                                      < cast(:capacity as int) then 'held' else 'waitlisted' end),
                   :confirmBy, :token, :address
            on conflict (event_id, lower(email)) where status not in ('cancelled', 'expired') do nothing
            returning id, status
            """;

    /** The registration and its sessions, each seated or waitlisted, in one statement. */
    private static final String WITH_SESSIONS =
            """
            with chosen as (
                select s.uid,
                       case when s.capacity is null then 'seated'
                            when (%2$s) < s.capacity then 'seated' else 'waitlisted' end as state
                from event_slot s
                where s.event_id = :event and s.uid = any(cast(:sessions as text[]))
                  and not exists (select 1 from event_slot_cancellation c where c.slot_uid = s.uid)
            ), added as (
                insert into registration (id, event_id, name, email, organisation, role, answers, consent, status,
                                          confirm_by, token, source_address)
                select :id, :event, :name, :email, :organisation, :role, cast(:answers as jsonb), :consent,
                       coalesce(cast(:fixed as text),
                                case when cast(:capacity as int) is null
                                     then case when exists (select 1 from chosen where state = 'seated')
                                               then 'held' else 'waitlisted' end
                                     when (select count(*) from registration where event_id = :event and %1$s)
                                          < cast(:capacity as int) then 'held' else 'waitlisted' end),
                       :confirmBy, :token, :address
                on conflict (event_id, lower(email)) where status not in ('cancelled', 'expired') do nothing
                returning id, status
            ), sessions as (
                insert into registration_session (registration_id, slot_uid, state)
                select added.id, chosen.uid, chosen.state from added, chosen
            )
            select id, status from added
            """
                    .formatted("%1$s", SessionSeats.SEATED.formatted("s.uid", "%1$s"));

    /** The address is registered already: its person gets their registration's e-mail again, at most once an hour. */
    private void remindRegistered(UUID eventId, String email) {
        jdbc.sql(
                        """
                        select id from registration
                        where event_id = :event and lower(email) = lower(:email) and status not in ('cancelled', 'expired')
                        """)
                .param("event", eventId)
                .param("email", email.strip())
                .query(UUID.class)
                .optional()
                .filter(id -> throttle.hit(REPEATS, id.toString()).allowed())
                .ifPresent(id -> publisher.publishEvent(new RegistrationRecorded(id)));
    }

    private RegistrationStatus status(UUID id) {
        return byId(id).orElseThrow().status();
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
