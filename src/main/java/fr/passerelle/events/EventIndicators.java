package fr.passerelle.events;

import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Vocabulary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToIntFunction;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' figures for the reports (bilans) of programmes and of the network: counts and averages computed in
 * the database, one query per kind of figure for any number of events, never a person.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventIndicators {

    private static final String REGISTRATIONS =
            """
            select event_id, registered, partners, attended, absent, waitlisted
            from event_registration_tally where event_id = any(:ids::uuid[])
            """;
    private static final String MARKS =
            """
            select event_id, satisfaction, count(*) as n from survey_answer
            where event_id = any(:ids::uuid[]) group by event_id, satisfaction
            """;
    private static final String TAPS =
            """
            select event_id, count(*) filter (where kind = 'porteur_conseille') as holders,
                   count(*) filter (where kind = 'partenaire') as partners
            from stand_tap where event_id = any(:ids::uuid[]) group by event_id
            """;
    private static final String LEADS =
            """
            select l.event_id, count(*) as leads,
                   count(*) filter (where exists (select 1 from lead_route r where r.lead_id = l.id
                                                  and r.action <> 'nouveau')) as followed,
                   count(*) filter (where l.intake_reference is not null) as converted
            from stand_lead l where l.event_id = any(:ids::uuid[]) group by l.event_id
            """;
    private static final String TERRITORIES =
            """
            select l.event_id, r.organisation_id, count(*) as n
            from stand_lead l join lead_route r on r.lead_id = l.id
            where l.event_id = any(:ids::uuid[]) group by l.event_id, r.organisation_id
            order by n desc
            """;
    private static final String EVENTS =
            """
            select e.id, e.kind, e.title, e.starts_at, e.place,
                   (select max(s.ends_at) from event_slot s where s.event_id = e.id) as ends_at
            from event e where e.id = any(:ids::uuid[]) order by e.starts_at, e.id
            """;
    private static final String PERIOD =
            """
            with held as (
                select e.id, e.kind from event e
                where e.status = 'published' and e.starts_at >= :from and e.starts_at < :to and e.starts_at <= now()
                  and (cast(:communes as text[]) is null or e.commune_code = any(:communes)
                       or e.perimeter_id = :perimeter)
                  and (cast(:events as uuid[]) is null or e.id = any(:events))
                  and (cast(:network as uuid) is null or e.network_id = :network))
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
            """;

    private final JdbcClient jdbc;

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
        Counts counts = new Counts(
                byEvent(REGISTRATIONS, ids, Registered::of),
                countsByEvent(MARKS, ids, rs -> rs.getInt("satisfaction")),
                byEvent(TAPS, ids, rs -> new Taps(rs.getInt("holders"), rs.getInt("partners"))),
                byEvent(LEADS, ids, rs -> new Leads(rs.getInt("leads"), rs.getInt("followed"), rs.getInt("converted"))),
                countsByEvent(TERRITORIES, ids, rs -> rs.getObject("organisation_id", UUID.class)));
        return jdbc.sql(EVENTS)
                .param("ids", ids)
                .query((rs, row) -> counts.figures(rs))
                .list();
    }

    /** One figure per event from a query whose rows carry an {@code event_id}. */
    private <T> Map<UUID, T> byEvent(String sql, UUID[] ids, Row<T> figure) {
        Map<UUID, T> found = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            found.put(rs.getObject("event_id", UUID.class), figure.read(rs));
        });
        return found;
    }

    /** Counts ({@code n}) by some key, per event, in the query's order. */
    private <K> Map<UUID, Map<K, Integer>> countsByEvent(String sql, UUID[] ids, Row<K> key) {
        Map<UUID, Map<K, Integer>> found = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query(rs -> {
            found.computeIfAbsent(rs.getObject("event_id", UUID.class), event -> new LinkedHashMap<>())
                    .put(key.read(rs), rs.getInt("n"));
        });
        return found;
    }

    /** Reads one value of the current row. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private record Registered(int registered, int partners, int attended, int absent, int waitlisted) {

        static final Registered NONE = new Registered(0, 0, 0, 0, 0);

        static Registered of(ResultSet rs) throws SQLException {
            return new Registered(
                    rs.getInt("registered"),
                    rs.getInt("partners"),
                    rs.getInt("attended"),
                    rs.getInt("absent"),
                    rs.getInt("waitlisted"));
        }

        /** Present among those whose attendance was marked; null when none was. */
        Double attendanceRate() {
            return attended + absent == 0 ? null : (double) attended / (attended + absent);
        }
    }

    private record Taps(int holders, int partners) {
        static final Taps NONE = new Taps(0, 0);
    }

    private record Leads(int leads, int followed, int converted) {
        static final Leads NONE = new Leads(0, 0, 0);
    }

    /** The survey's answers of an event: how many gave each mark. */
    private record Survey(Map<Integer, Integer> given) {

        int answers() {
            return given.values().stream().mapToInt(Integer::intValue).sum();
        }

        Double average() {
            double total = given.entrySet().stream()
                    .mapToDouble(mark -> mark.getKey() * mark.getValue())
                    .sum();
            return answers() == 0 ? null : total / answers();
        }

        /** Every mark from 1 to 5, none given counting 0. */
        Map<Integer, Integer> marks() {
            Map<Integer, Integer> marks = new TreeMap<>();
            for (int mark = 1; mark <= 5; mark++) {
                marks.put(mark, given.getOrDefault(mark, 0));
            }
            return marks;
        }
    }

    /** Everything counted for the events, to join to each event's own row. */
    private record Counts(
            Map<UUID, Registered> registrations,
            Map<UUID, Map<Integer, Integer>> marks,
            Map<UUID, Taps> taps,
            Map<UUID, Leads> leads,
            Map<UUID, Map<UUID, Integer>> territories) {

        EventFigures figures(ResultSet rs) throws SQLException {
            UUID id = rs.getObject("id", UUID.class);
            Registered r = registrations.getOrDefault(id, Registered.NONE);
            Survey survey = new Survey(marks.getOrDefault(id, Map.of()));
            Taps t = taps.getOrDefault(id, Taps.NONE);
            Leads l = leads.getOrDefault(id, Leads.NONE);
            return new EventFigures(
                    id,
                    rs.getString("title"),
                    Vocabulary.parse(EventKind.class, rs.getString("kind")).orElseThrow(),
                    rs.getObject("starts_at", OffsetDateTime.class),
                    rs.getObject("ends_at", OffsetDateTime.class),
                    rs.getString("place"),
                    r.registered(),
                    r.partners(),
                    r.attended(),
                    r.absent(),
                    r.waitlisted(),
                    r.attendanceRate(),
                    survey.answers(),
                    survey.average(),
                    survey.marks(),
                    t.holders(),
                    t.partners(),
                    l.leads(),
                    l.followed(),
                    l.converted(),
                    territories.getOrDefault(id, Map.of()));
        }
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
     * The published events that started over these months (and have started by now: an event still to come is not
     * held), added up; limited to these communes and the events
     * this perimeter published when {@code communes} is not null; limited to these events when {@code events} is
     * not null. Registrations are read from the counts the database keeps per event (V44).
     */
    public PeriodFigures period(MonthRange range, List<String> communes, UUID perimeter, Collection<UUID> events) {
        return period(range, communes, perimeter, events, null);
    }

    /** The same, limited to one regional network's agenda when {@code network} is not null. */
    public PeriodFigures period(
            MonthRange range, List<String> communes, UUID perimeter, Collection<UUID> events, UUID network) {
        List<KindTotals> kinds = jdbc.sql(PERIOD)
                .param("network", network)
                .param("from", range.from())
                .param("to", range.to())
                .param("communes", communes == null ? null : communes.toArray(String[]::new))
                .param("perimeter", perimeter)
                .param("events", events == null ? null : events.toArray(UUID[]::new))
                .query(KindTotals.class)
                .list();
        return added(kinds);
    }

    /** The figures of the events of one kind held over a period. */
    private record KindTotals(
            String kind,
            int events,
            int registered,
            int partners,
            int attended,
            int absent,
            int answers,
            long marks,
            int holders,
            int visiting,
            int leads,
            int converted) {}

    private static PeriodFigures added(List<KindTotals> kinds) {
        Map<EventKind, Integer> byKind = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            byKind.put(kind, 0);
        }
        kinds.forEach(
                row -> Vocabulary.parse(EventKind.class, row.kind()).ifPresent(kind -> byKind.put(kind, row.events())));
        return new PeriodFigures(
                byKind,
                sum(kinds, KindTotals::registered),
                sum(kinds, KindTotals::partners),
                sum(kinds, KindTotals::attended),
                sum(kinds, KindTotals::absent),
                sum(kinds, KindTotals::answers),
                kinds.stream().mapToLong(KindTotals::marks).sum(),
                sum(kinds, KindTotals::holders),
                sum(kinds, KindTotals::visiting),
                sum(kinds, KindTotals::leads),
                sum(kinds, KindTotals::converted));
    }

    private static int sum(List<KindTotals> kinds, ToIntFunction<KindTotals> figure) {
        return kinds.stream().mapToInt(figure).sum();
    }

    /**
     * Month by month: the published events held (started by now), the people registered and present (from the events'
     * counts).
     */
    public List<MonthFigures> byMonth(MonthRange range) {
        return byMonth(range, null);
    }

    /** The same, for the events of one regional network's agenda (every network's when {@code network} is null). */
    public List<MonthFigures> byMonth(MonthRange range, UUID network) {
        return jdbc.sql(
                        """
                        select date_trunc('month', e.starts_at at time zone 'Europe/Paris')::date as month,
                               count(*) as events, coalesce(sum(r.registered), 0) as registered,
                               coalesce(sum(r.attended), 0) as attended
                        from event e left join event_registration_tally r on r.event_id = e.id
                        where e.status = 'published' and e.starts_at >= :from and e.starts_at < :to
                          and e.starts_at <= now() and (cast(:network as uuid) is null or e.network_id = :network)
                        group by 1 order by 1
                        """)
                .param("network", network)
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
        return leadsByTerritory(range, null);
    }

    /** The same, for the leads captured at one regional network's events (every network's when it is null). */
    public Map<UUID, Integer> leadsByTerritory(MonthRange range, UUID network) {
        Map<UUID, Integer> leads = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select r.organisation_id, count(*) as n from stand_lead l
                        join lead_route r on r.lead_id = l.id
                        where l.created_at >= :from and l.created_at < :to
                          and (cast(:network as uuid) is null
                               or exists (select 1 from event e where e.id = l.event_id and e.network_id = :network))
                        group by r.organisation_id order by n desc, r.organisation_id
                        """)
                .param("network", network)
                .param("from", range.from())
                .param("to", range.to())
                .query(rs -> {
                    leads.put(rs.getObject("organisation_id", UUID.class), rs.getInt("n"));
                });
        return leads;
    }
}
