package fr.passerelle.events.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Breach;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event, event_slot and event_question tables. */
@Repository
@RequiredArgsConstructor
public class EventRepository {

    private final JdbcClient jdbc;
    private final SessionIdentifiers sessions;
    private final SessionSeats seats;

    public UUID insert(EventDraft draft, String status, UUID perimeterId, UUID by) {
        UUID id = bind(
                        jdbc.sql(
                                """
                                insert into event (kind, title, programme, audience, audiences, speakers, organiser_id,
                                                   partners, demarche, mode, place, commune_code, online_link,
                                                   capacity, registration_opens_at, registration_closes_at,
                                                   approval_required, keywords, status, perimeter_id, created_by,
                                                   starts_at)
                                values (:kind, :title, :programme, :audience, :audiences::text[], :speakers,
                                        :organiser, :partners, :demarche, :mode, :place, :commune, :link, :capacity,
                                        :opens, :closes, :approval, :keywords, :status, :perimeter, :by, :starts)
                                returning id
                                """),
                        draft)
                .param("status", status)
                .param("perimeter", perimeterId)
                .param("by", by)
                .query(UUID.class)
                .single();
        insertDetails(id, draft, sessions.fresh(draft.slots()));
        return id;
    }

    /**
     * Replaces what the organiser wrote, slots and questions included, and counts a revision. The perimeter, the
     * status and the featuring stay as they were; a session kept keeps its UID.
     *
     * @return the sessions removed, as they were
     */
    public List<Event.Slot> update(UUID id, EventDraft draft, UUID by) {
        List<Event.Slot> before = find(id).map(Event::slots).orElse(List.of());
        List<Event.Slot> after = sessions.match(before, draft.slots());
        bind(
                        jdbc.sql(
                                """
                                update event set kind = :kind, title = :title, programme = :programme,
                                    audience = :audience, audiences = :audiences::text[], speakers = :speakers,
                                    organiser_id = :organiser, partners = :partners, demarche = :demarche,
                                    mode = :mode, place = :place, commune_code = :commune, online_link = :link,
                                    capacity = :capacity, registration_opens_at = :opens,
                                    registration_closes_at = :closes, approval_required = :approval,
                                    keywords = :keywords, starts_at = :starts, revision = revision + 1,
                                    updated_at = now(), updated_by = :by
                                where id = :id
                                """),
                        draft)
                .param("id", id)
                .param("by", by)
                .update();
        jdbc.sql("delete from event_slot where event_id = :id").param("id", id).update();
        jdbc.sql("delete from event_question where event_id = :id")
                .param("id", id)
                .update();
        List<Breach> refused = insertDetails(id, draft, after);
        if (!refused.isEmpty()) {
            throw new EventRejectedException(refused);
        }
        return SessionIdentifiers.removed(before, after);
    }

    /** Cancels a published event and counts a revision; false when it was not published. */
    public boolean cancel(UUID id, UUID by) {
        return jdbc.sql(
                                """
                                update event set status = 'cancelled', revision = revision + 1, updated_at = now(),
                                    updated_by = :by
                                where id = :id and status = 'published'
                                """)
                        .param("id", id)
                        .param("by", by)
                        .update()
                == 1;
    }

    /** Cancels one session of the event and counts a revision; false when it was cancelled already. */
    boolean cancelSession(UUID id, String uid, String reason, UUID by) {
        boolean cancelled = jdbc.sql(
                                """
                                insert into event_slot_cancellation (slot_uid, event_id, reason, cancelled_by)
                                select uid, event_id, :reason, :by from event_slot where event_id = :id and uid = :uid
                                on conflict (slot_uid) do nothing
                                """)
                        .param("id", id)
                        .param("uid", uid)
                        .param("reason", reason)
                        .param("by", by)
                        .update()
                == 1;
        if (cancelled) {
            jdbc.sql("update event set revision = revision + 1, updated_at = now(), updated_by = :by where id = :id")
                    .param("id", id)
                    .param("by", by)
                    .update();
        }
        return cancelled;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, EventDraft draft) {
        return statement
                .param("kind", draft.kind().code())
                .param("title", draft.title().strip())
                .param("programme", blankToNull(draft.programme()))
                .param("audience", blankToNull(draft.audience()))
                .param(
                        "audiences",
                        draft.audiences() == null
                                ? new String[0]
                                : draft.audiences().stream()
                                        .distinct()
                                        .map(EventAudience::code)
                                        .toArray(String[]::new))
                .param("speakers", blankToNull(draft.speakers()))
                .param("organiser", draft.organiserId())
                .param("partners", blankToNull(draft.partners()))
                .param("demarche", blankToNull(draft.demarche()))
                .param("mode", draft.mode().code())
                .param("place", blankToNull(draft.place()))
                .param("commune", blankToNull(draft.communeCode()))
                .param("link", blankToNull(draft.onlineLink()))
                .param("capacity", draft.capacity())
                .param("opens", draft.registrationOpensAt())
                .param("closes", draft.registrationClosesAt())
                .param("approval", draft.approvalRequired())
                .param(
                        "keywords",
                        draft.keywords() == null
                                ? new String[0]
                                : draft.keywords().toArray(String[]::new))
                .param("starts", draft.slots().get(0).startsAt());
    }

    /**
     * Writes the slots and the questions. A session's places never go under the seats held on it: its row is written
     * only when its capacity holds them (counted in the same statement), else it is refused.
     *
     * @return the sessions refused, each beside its place in the slots written
     */
    private List<Breach> insertDetails(UUID id, EventDraft draft, List<Event.Slot> slots) {
        List<Breach> refused = new ArrayList<>();
        for (int position = 1; position <= slots.size(); position++) {
            Event.Slot slot = slots.get(position - 1);
            int written = jdbc.sql(SLOT)
                    .param("event", id)
                    .param("position", position)
                    .param("starts", slot.startsAt())
                    .param("ends", slot.endsAt())
                    .param("uid", slot.uid())
                    .param("capacity", slot.capacity())
                    .update();
            if (written == 0) {
                refused.add(new Breach(
                        "slots[" + (position - 1) + "].capacity",
                        "event.slot.capacity.belowSeated",
                        List.of(seats.seated(slot.uid()))));
            }
        }
        int number = 1;
        for (Event.Question question : draft.questions() == null ? List.<Event.Question>of() : draft.questions()) {
            jdbc.sql("insert into event_question values (:event, :position, :label, :required)")
                    .param("event", id)
                    .param("position", number++)
                    .param("label", question.label().strip())
                    .param("required", question.required())
                    .update();
        }
        return refused;
    }

    /** A session's row, written unless its capacity is under the seats its registrations hold. */
    private static final String SLOT =
            """
            insert into event_slot (event_id, position, starts_at, ends_at, uid, capacity)
            select :event, :position, :starts, :ends, :uid, cast(:capacity as int)
            where cast(:capacity as int) is null or cast(:capacity as int) >= (%s)
            """
                    .formatted(SessionSeats.SEATED.formatted("cast(:uid as text)", Seats.TAKING_A_SEAT));

    /** Who published the event, if a person did. */
    public UUID createdBy(UUID id) {
        return jdbc
                .sql("select created_by from event where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The network the event belongs to (its organiser's). */
    public UUID networkOf(UUID id) {
        return jdbc.sql("select network_id from event where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    public void placeInNetwork(UUID id, UUID networkId) {
        jdbc.sql("update event set network_id = :network where id = :id")
                .param("network", networkId)
                .param("id", id)
                .update();
    }

    public void feature(UUID id, boolean featured) {
        jdbc.sql("update event set featured = :featured where id = :id")
                .param("id", id)
                .param("featured", featured)
                .update();
    }

    public Optional<Event> find(UUID id) {
        return list("e.id = :id", Map.of("id", id), 1, 0).stream().findFirst();
    }

    /** Locks the event's row for this transaction: registrations to one event take turns. */
    Optional<Event> lock(UUID id) {
        boolean exists = jdbc.sql("select exists (select 1 from (select id from event where id = :id for update) e)")
                .param("id", id)
                .query(Boolean.class)
                .single();
        return exists ? find(id) : Optional.empty();
    }

    /**
     * Locks the row of an event read before and reads it again under the lock, with the slots and questions of the
     * first read (a registration only needs its row fresh): one statement instead of the lock and a full read.
     */
    Optional<Event> lockAgain(Event read) {
        return jdbc.sql("select * from event where id = :id for update")
                .param("id", read.id())
                .query((rs, row) -> event(rs, read.slots(), read.questions()))
                .optional();
    }

    /** Published events matching the conditions, by start. */
    public List<Event> list(String where, Map<String, ?> params, int limit, int offset) {
        UUID[] ids = jdbc.sql("select e.id from event e where " + where
                        + " order by e.starts_at, e.id limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(UUID.class)
                .list()
                .toArray(UUID[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        Map<UUID, List<Event.Slot>> slots = rowsByEvent(
                """
                select s.*, exists (select 1 from event_slot_cancellation c where c.slot_uid = s.uid) as cancelled
                from event_slot s where s.event_id = any(:ids::uuid[]) order by s.event_id, s.position
                """,
                ids,
                (rs, row) -> new Event.Slot(
                        rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class),
                        rs.getString("uid"),
                        (Integer) rs.getObject("capacity", Integer.class),
                        rs.getBoolean("cancelled")));
        Map<UUID, List<Event.Question>> questions = rowsByEvent(
                "select * from event_question where event_id = any(:ids::uuid[]) order by event_id, position",
                ids,
                (rs, row) ->
                        new Event.Question(rs.getInt("position"), rs.getString("label"), rs.getBoolean("required")));
        Map<UUID, Event> events = new HashMap<>();
        jdbc.sql("select * from event where id = any(:ids::uuid[])")
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    events.put(id, event(rs, slots.getOrDefault(id, List.of()), questions.getOrDefault(id, List.of())));
                });
        return Arrays.stream(ids).map(events::get).toList();
    }

    /** The event's row with its slots and questions. */
    private static Event event(ResultSet rs, List<Event.Slot> slots, List<Event.Question> questions)
            throws SQLException {
        return new Event(
                rs.getObject("id", UUID.class),
                written(rs, slots, questions),
                rs.getString("status"),
                rs.getInt("revision"),
                rs.getBoolean("featured"),
                rs.getObject("perimeter_id", UUID.class),
                rs.getObject("starts_at", OffsetDateTime.class));
    }

    /** What the organisers wrote, as the event's row and its slots and questions hold it. */
    private static EventDraft written(ResultSet rs, List<Event.Slot> slots, List<Event.Question> questions)
            throws SQLException {
        return new EventDraft(
                one(EventKind.class, rs.getString("kind")),
                rs.getString("title"),
                rs.getString("programme"),
                rs.getString("audience"),
                strings(rs.getArray("audiences")).stream()
                        .map(code -> one(EventAudience.class, code))
                        .toList(),
                rs.getString("speakers"),
                rs.getObject("organiser_id", UUID.class),
                rs.getString("partners"),
                rs.getString("demarche"),
                one(EventMode.class, rs.getString("mode")),
                rs.getString("place"),
                rs.getString("commune_code"),
                rs.getString("online_link"),
                (Integer) rs.getObject("capacity", Integer.class),
                rs.getObject("registration_opens_at", OffsetDateTime.class),
                rs.getObject("registration_closes_at", OffsetDateTime.class),
                rs.getBoolean("approval_required"),
                strings(rs.getArray("keywords")),
                slots,
                questions);
    }

    /** The rows of a query over these events, in its order, grouped by their {@code event_id}. */
    private <T> Map<UUID, List<T>> rowsByEvent(String sql, UUID[] ids, RowMapper<T> row) {
        Map<UUID, List<T>> found = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            found.computeIfAbsent(rs.getObject("event_id", UUID.class), key -> new ArrayList<>())
                    .add(row.mapRow(rs, 0));
        });
        return found;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return Vocabulary.parse(type, code).orElseThrow();
    }
}
