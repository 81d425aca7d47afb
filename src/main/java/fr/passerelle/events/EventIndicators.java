package fr.passerelle.events;

import fr.passerelle.common.MonthRange;
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

    /** The figures of these events, by start; their registrations from the counts the database keeps (V44). */
    public List<EventFigures> figures(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = eventIds.toArray(UUID[]::new);
        Map<UUID, int[]> registrations = new HashMap<>();
        jdbc.sql(
                        """
                        select event_id, registered, partners, attended, absent, waitlisted
                        from event_registration_tally where event_id = any(:ids::uuid[])
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

    /**
     * The events held over a period, added up.
     *
     * @param byKind events held by kind
     * @param satisfactionTotal the sum of the survey's marks, to average with {@code surveyAnswers}
     */
    public record PeriodFigures(
            Map<EventKind, Integer> byKind,
            int registered,
            int partners,
            int attended,
            int absent,
            int surveyAnswers,
            long satisfactionTotal,
            int holdersAdvised,
            int partnersVisiting,
            int leads,
            int leadsConverted) {}

    /** One month of the agenda: events held, people registered, people present. */
    public record MonthFigures(java.time.YearMonth month, int events, int registered, int attended) {}

    /**
     * The published events that started over these months, added up; limited to these communes and the events
     * this perimeter published when {@code communes} is not null; limited to these events when {@code events} is
     * not null. Registrations are read from the counts the database keeps per event (V44).
     */
    public PeriodFigures period(MonthRange range, List<String> communes, UUID perimeter, Collection<UUID> events) {
        Map<EventKind, Integer> byKind = new java.util.EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            byKind.put(kind, 0);
        }
        int[] totals = new int[9];
        long[] marks = new long[1];
        jdbc.sql(
                        """
                        with held as (
                            select e.id, e.kind from event e
                            where e.status = 'published' and e.starts_at >= :from and e.starts_at < :to
                              and (cast(:communes as text[]) is null or e.commune_code = any(:communes)
                                   or e.perimeter_id = :perimeter)
                              and (cast(:events as uuid[]) is null or e.id = any(:events)))
                        select h.kind, count(*) as events,
                               coalesce(sum(r.registered), 0) as registered, coalesce(sum(r.partners), 0) as partners,
                               coalesce(sum(r.attended), 0) as attended, coalesce(sum(r.absent), 0) as absent,
                               coalesce(sum(s.answers), 0) as answers, coalesce(sum(s.marks), 0) as marks,
                               coalesce(sum(t.holders), 0) as holders, coalesce(sum(t.partners), 0) as visiting,
                               coalesce(sum(l.leads), 0) as leads, coalesce(sum(l.converted), 0) as converted
                        from held h
                        left join event_registration_tally r on r.event_id = h.id
                        left join (
                            select event_id, count(*) as answers, sum(satisfaction) as marks
                            from survey_answer where event_id in (select id from held) group by event_id) s
                            on s.event_id = h.id
                        left join (
                            select event_id, count(*) filter (where kind = 'porteur_conseille') as holders,
                                   count(*) filter (where kind = 'partenaire') as partners
                            from stand_tap where event_id in (select id from held) group by event_id) t
                            on t.event_id = h.id
                        left join (
                            select event_id, count(*) as leads,
                                   count(*) filter (where intake_reference is not null) as converted
                            from stand_lead where event_id in (select id from held) group by event_id) l
                            on l.event_id = h.id
                        group by h.kind
                        """)
                .param("from", range.from())
                .param("to", range.to())
                .param("communes", communes == null ? null : communes.toArray(String[]::new))
                .param("perimeter", perimeter)
                .param("events", events == null ? null : events.toArray(UUID[]::new))
                .query(rs -> {
                    int n = rs.getInt("events");
                    fr.passerelle.common.Vocabulary.parse(EventKind.class, rs.getString("kind"))
                            .ifPresent(kind -> byKind.put(kind, n));
                    totals[0] += rs.getInt("registered");
                    totals[1] += rs.getInt("partners");
                    totals[2] += rs.getInt("attended");
                    totals[3] += rs.getInt("absent");
                    totals[4] += rs.getInt("answers");
                    marks[0] += rs.getLong("marks");
                    totals[5] += rs.getInt("holders");
                    totals[6] += rs.getInt("visiting");
                    totals[7] += rs.getInt("leads");
                    totals[8] += rs.getInt("converted");
                });
        return new PeriodFigures(
                byKind, totals[0], totals[1], totals[2], totals[3], totals[4], marks[0], totals[5], totals[6],
                totals[7], totals[8]);
    }

    /** Month by month: the published events held, the people registered and present (from the events' counts). */
    public List<MonthFigures> byMonth(MonthRange range) {
        return jdbc.sql(
                        """
                        select date_trunc('month', e.starts_at at time zone 'Europe/Paris')::date as month,
                               count(*) as events, coalesce(sum(r.registered), 0) as registered,
                               coalesce(sum(r.attended), 0) as attended
                        from event e left join event_registration_tally r on r.event_id = e.id
                        where e.status = 'published' and e.starts_at >= :from and e.starts_at < :to
                        group by 1 order by 1
                        """)
                .param("from", range.from())
                .param("to", range.to())
                .query((rs, row) -> new MonthFigures(
                        java.time.YearMonth.from(rs.getObject("month", java.time.LocalDate.class)),
                        rs.getInt("events"),
                        rs.getInt("registered"),
                        rs.getInt("attended")))
                .list();
    }

    /** The leads captured over these months, per territory (organisation) they were routed to, most first. */
    public Map<UUID, Integer> leadsByTerritory(MonthRange range) {
        Map<UUID, Integer> leads = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select r.organisation_id, count(*) as n from stand_lead l
                        join lead_route r on r.lead_id = l.id
                        where l.created_at >= :from and l.created_at < :to
                        group by r.organisation_id order by n desc, r.organisation_id
                        """)
                .param("from", range.from())
                .param("to", range.to())
                .query(rs -> {
                    leads.put(rs.getObject("organisation_id", UUID.class), rs.getInt("n"));
                });
        return leads;
    }
}
