package fr.passerelle.events;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' figures for the reports (bilans) of programmes and of the network: counts and averages computed in
 * the database, one query per kind of figure for any number of events, never a person.
 */
@Service
@Transactional(readOnly = true)
public class EventIndicators {

    private final JdbcClient jdbc;

    EventIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of one event, if it exists. */
    public Optional<EventFigures> figures(UUID eventId) {
        return figures(List.of(eventId)).stream().findFirst();
    }

    /** The figures of these events, by start. */
    public List<EventFigures> figures(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = eventIds.toArray(UUID[]::new);
        Map<UUID, int[]> registrations = new HashMap<>();
        jdbc.sql(
                        """
                        select event_id,
                               count(*) filter (where status <> 'cancelled') as registered,
                               count(*) filter (where status <> 'cancelled' and organisation is not null) as partners,
                               count(*) filter (where status = 'attended') as attended,
                               count(*) filter (where status = 'no_show') as absent,
                               count(*) filter (where status = 'waitlisted') as waitlisted
                        from registration where event_id = any(:ids::uuid[]) group by event_id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    registrations.put(rs.getObject("event_id", UUID.class), new int[] {
                        rs.getInt("registered"),
                        rs.getInt("partners"),
                        rs.getInt("attended"),
                        rs.getInt("absent"),
                        rs.getInt("waitlisted")
                    });
                });
        Map<UUID, Map<Integer, Integer>> marks = new HashMap<>();
        jdbc.sql(
                        """
                        select event_id, satisfaction, count(*) as n from survey_answer
                        where event_id = any(:ids::uuid[]) group by event_id, satisfaction
                        """)
                .param("ids", ids)
                .query(rs -> {
                    marks.computeIfAbsent(rs.getObject("event_id", UUID.class), key -> new TreeMap<>())
                            .put(rs.getInt("satisfaction"), rs.getInt("n"));
                });
        Map<UUID, int[]> taps = new HashMap<>();
        jdbc.sql(
                        """
                        select event_id, count(*) filter (where kind = 'porteur_conseille') as holders,
                               count(*) filter (where kind = 'partenaire') as partners
                        from stand_tap where event_id = any(:ids::uuid[]) group by event_id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    taps.put(
                            rs.getObject("event_id", UUID.class),
                            new int[] {rs.getInt("holders"), rs.getInt("partners")});
                });
        Map<UUID, int[]> leads = new HashMap<>();
        jdbc.sql(
                        """
                        select l.event_id, count(*) as leads,
                               count(*) filter (where exists (select 1 from lead_route r where r.lead_id = l.id
                                                              and r.action <> 'nouveau')) as followed,
                               count(*) filter (where l.intake_reference is not null) as converted
                        from stand_lead l where l.event_id = any(:ids::uuid[]) group by l.event_id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    leads.put(
                            rs.getObject("event_id", UUID.class),
                            new int[] {rs.getInt("leads"), rs.getInt("followed"), rs.getInt("converted")});
                });
        Map<UUID, Map<UUID, Integer>> byTerritory = new HashMap<>();
        jdbc.sql(
                        """
                        select l.event_id, r.organisation_id, count(*) as n
                        from stand_lead l join lead_route r on r.lead_id = l.id
                        where l.event_id = any(:ids::uuid[]) group by l.event_id, r.organisation_id
                        order by n desc
                        """)
                .param("ids", ids)
                .query(rs -> {
                    byTerritory
                            .computeIfAbsent(rs.getObject("event_id", UUID.class), key -> new LinkedHashMap<>())
                            .put(rs.getObject("organisation_id", UUID.class), rs.getInt("n"));
                });
        return jdbc.sql(
                        """
                        select e.id, e.kind, e.title, e.starts_at, e.place,
                               (select max(s.ends_at) from event_slot s where s.event_id = e.id) as ends_at
                        from event e where e.id = any(:ids::uuid[]) order by e.starts_at, e.id
                        """)
                .param("ids", ids)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    int[] r = registrations.getOrDefault(id, new int[5]);
                    Map<Integer, Integer> given = marks.getOrDefault(id, Map.of());
                    int answers =
                            given.values().stream().mapToInt(Integer::intValue).sum();
                    double total = given.entrySet().stream()
                            .mapToDouble(mark -> mark.getKey() * mark.getValue())
                            .sum();
                    Map<Integer, Integer> allMarks = new TreeMap<>();
                    for (int mark = 1; mark <= 5; mark++) {
                        allMarks.put(mark, given.getOrDefault(mark, 0));
                    }
                    int[] t = taps.getOrDefault(id, new int[2]);
                    int[] l = leads.getOrDefault(id, new int[3]);
                    return new EventFigures(
                            id,
                            rs.getString("title"),
                            fr.passerelle.common.Vocabulary.parse(EventKind.class, rs.getString("kind"))
                                    .orElseThrow(),
                            rs.getObject("starts_at", OffsetDateTime.class),
                            rs.getObject("ends_at", OffsetDateTime.class),
                            rs.getString("place"),
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            r[4],
                            r[2] + r[3] == 0 ? null : (double) r[2] / (r[2] + r[3]),
                            answers,
                            answers == 0 ? null : total / answers,
                            allMarks,
                            t[0],
                            t[1],
                            l[0],
                            l[1],
                            l[2],
                            byTerritory.getOrDefault(id, Map.of()));
                })
                .list();
    }
}
