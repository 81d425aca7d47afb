package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The places of the sessions that hold their own capacity (a morning, an afternoon): a registration's session is
 * seated or waitlisted on its own, and counts while the registration takes a seat ({@link Seats#TAKING_A_SEAT}). The
 * callers hold the event's row lock, as for the event's seats.
 */
@Component
@RequiredArgsConstructor
class SessionSeats {

    /** The registrations seated on a session that take a seat now; {@code :uid} names the session. */
    static final String SEATED =
            """
            select count(*) from registration_session rs join registration r on r.id = rs.registration_id
            where rs.slot_uid = %s and rs.state = 'seated' and %s
            """;

    /** One session of a registration: its place, or its rank on the session's waitlist. */
    record Place(String uid, boolean seated) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    /**
     * The places left per session that takes place (by UID, in order); null for a session without its own capacity.
     */
    Map<String, Integer> left(Event event) {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (Event.Slot slot : event.openSlots()) {
            left.put(slot.uid(), slot.capacity() == null ? null : Math.max(0, slot.capacity() - seated(slot.uid())));
        }
        return left;
    }

    /** How many registrations hold a place on the session now. */
    int seated(String uid) {
        return jdbc.sql(SEATED.formatted(":uid", Seats.TAKING_A_SEAT))
                .param("uid", uid)
                .query(Integer.class)
                .single();
    }

    /** The sessions a registration is for, in the event's order; none when it is for every session. */
    List<Place> of(UUID registrationId) {
        return jdbc.sql(
                        """
                        select rs.slot_uid, rs.state from registration_session rs
                        join registration r on r.id = rs.registration_id
                        left join event_slot s on s.event_id = r.event_id and s.uid = rs.slot_uid
                        where rs.registration_id = :id order by s.position nulls last, rs.slot_uid
                        """)
                .param("id", registrationId)
                .query((rs, row) -> new Place(rs.getString("slot_uid"), "seated".equals(rs.getString("state"))))
                .list();
    }

    /** Per session of the event (by UID): how many hold a place on it, and how many wait for one. */
    Map<String, int[]> counts(Event event) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        event.slots().forEach(slot -> counts.put(slot.uid(), new int[2]));
        jdbc.sql(
                        """
                        select rs.slot_uid, count(*) filter (where rs.state = 'seated' and %s) as seated,
                               count(*) filter (where rs.state = 'waitlisted' and r.status in ('held', 'confirmed', 'waitlisted')
                                                and (r.confirm_by is null or r.confirm_by > now())) as waiting
                        from registration_session rs join registration r on r.id = rs.registration_id
                        where r.event_id = :event group by rs.slot_uid
                        """
                                .formatted(Seats.TAKING_A_SEAT))
                .param("event", event.id())
                .query(rs -> {
                    int[] count = counts.get(rs.getString("slot_uid"));
                    if (count != null) {
                        count[0] = rs.getInt("seated");
                        count[1] = rs.getInt("waiting");
                    }
                });
        return counts;
    }

    /** The sessions each registration of the event named (by registration), in no order. */
    Map<UUID, List<Place>> ofEvent(UUID eventId) {
        Map<UUID, List<Place>> places = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select rs.registration_id, rs.slot_uid, rs.state from registration_session rs
                        join registration r on r.id = rs.registration_id where r.event_id = :event
                        """)
                .param("event", eventId)
                .query(rs -> {
                    places.computeIfAbsent(
                                    rs.getObject("registration_id", UUID.class), key -> new java.util.ArrayList<>())
                            .add(new Place(rs.getString("slot_uid"), "seated".equals(rs.getString("state"))));
                });
        return places;
    }

    /**
     * Gives each session's free places to its waitlisted, first come first served: a registration that waited for
     * every session gets its place (confirmed, or held while its address awaits confirmation); each is told.
     */
    void promote(Event event) {
        for (Event.Slot slot : event.openSlots()) {
            if (slot.capacity() != null) {
                promote(slot).forEach(this::placed);
            }
        }
    }

    /**
     * Seats a registration just approved on the sessions it chose that have a place left, waitlists it on the others.
     *
     * @return whether it got a place on one session at least
     */
    boolean seat(Event event, UUID registrationId) {
        Map<String, Integer> left = left(event);
        boolean any = false;
        for (Place place : of(registrationId)) {
            Integer free = left.get(place.uid());
            boolean seated = free == null || free > 0;
            jdbc.sql("update registration_session set state = :state where registration_id = :id and slot_uid = :uid")
                    .param("state", seated ? "seated" : "waitlisted")
                    .param("id", registrationId)
                    .param("uid", place.uid())
                    .update();
            any |= seated;
        }
        return any;
    }

    private List<UUID> promote(Event.Slot slot) {
        return jdbc.sql(
                        """
                        update registration_session set state = 'seated'
                        where slot_uid = :uid and registration_id in (
                            select rs.registration_id from registration_session rs
                            join registration r on r.id = rs.registration_id
                            where rs.slot_uid = :uid and rs.state = 'waitlisted'
                              and r.status in ('held', 'confirmed', 'waitlisted')
                              and (r.confirm_by is null or r.confirm_by > now())
                            order by r.created_at, r.id
                            limit greatest(0, :capacity - (%s)))
                        returning registration_id
                        """
                                .formatted(SEATED.formatted(":uid", Seats.TAKING_A_SEAT)))
                .param("uid", slot.uid())
                .param("capacity", slot.capacity())
                .query(UUID.class)
                .list();
    }

    private void placed(UUID registrationId) {
        jdbc.sql(
                        """
                        update registration set status = case when confirm_by is null then 'confirmed' else 'held' end,
                                                status_at = now()
                        where id = :id and status = 'waitlisted'
                        """)
                .param("id", registrationId)
                .update();
        publisher.publishEvent(new Registrations.RegistrationPromoted(registrationId));
    }
}
