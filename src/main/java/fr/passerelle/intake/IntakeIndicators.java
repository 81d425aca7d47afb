package fr.passerelle.intake;

import fr.passerelle.common.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The welcome's figures for the reports: requests over a period, by the way people came. Never a person. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IntakeIndicators {

    private final JdbcClient jdbc;

    /**
     * The requests to be welcomed received over these months, by channel (every channel present, zero or more):
     * from the counts the database keeps (V43).
     */
    public Map<IntakeChannel, Integer> requests(MonthRange range) {
        return byChannel(tally(range, "channel"));
    }

    /**
     * The requests received over these months whose project names one of these communes, by channel; every request
     * when {@code communes} is null.
     */
    public Map<IntakeChannel, Integer> requests(MonthRange range, List<String> communes) {
        if (communes == null) {
            return requests(range);
        }
        return byChannel(jdbc.sql(
                        """
                        select r.channel, count(*) as n from intake_request r
                        where r.created_at >= :from and r.created_at < :to
                          and exists (select 1 from project_target_commune t
                                      where t.project_id = r.project_id and t.commune_code = any(:communes))
                        group by r.channel
                        """)
                .param("from", range.from())
                .param("to", range.to())
                .param("communes", communes.toArray(String[]::new)));
    }

    /**
     * The requests received over these months at these welcome desks, by channel (every channel present): from the
     * counts the database keeps by desk and channel (V98).
     */
    public Map<IntakeChannel, Integer> requestsAt(MonthRange range, Collection<UUID> desks) {
        return byChannel(jdbc.sql(
                        """
                        select channel, sum(requests) as n from intake_desk_channel_tally
                        where desk_organisation_id = any(:desks) and month >= :first and month < :end
                        group by channel
                        """)
                .param("desks", desks.toArray(UUID[]::new))
                .param("first", range.firstDay())
                .param("end", range.endDay()));
    }

    /** The requests of each channel a query counts ({@code channel}, {@code n}); every channel present, zero or more. */
    private static Map<IntakeChannel, Integer> byChannel(JdbcClient.StatementSpec query) {
        Map<IntakeChannel, Integer> counts = new EnumMap<>(IntakeChannel.class);
        for (IntakeChannel channel : IntakeChannel.values()) {
            counts.put(channel, 0);
        }
        query.query(rs -> {
            int n = rs.getInt("n");
            fr.passerelle.common.Vocabulary.parse(IntakeChannel.class, rs.getString("channel"))
                    .ifPresent(channel -> counts.put(channel, n));
        });
        return counts;
    }

    /** The requests of the months of the range the database keeps counted (V43), added up by channel or by month. */
    private JdbcClient.StatementSpec tally(MonthRange range, String by) {
        return jdbc.sql("select " + by + ", sum(requests) as n from intake_channel_tally"
                        + " where month >= :first and month < :end group by " + by)
                .param("first", range.firstDay())
                .param("end", range.endDay());
    }

    /** Requests received at a welcome desk (organisation; null for the network's coordinators) in a month. */
    public record DeskMonth(UUID desk, YearMonth month, int requests) {}

    /**
     * A year's welcome requests by desk.
     *
     * @param busiest the months of the busiest desks
     * @param months every desk's requests added up, by month
     * @param desks how many desks received requests in the year
     */
    public record Desks(List<DeskMonth> busiest, Map<YearMonth, Integer> months, int desks) {}

    /**
     * The year's requests by month, and the {@code limit} desks that received the most with their months: from the
     * counts the database keeps (V43), whatever the number of desks and requests.
     */
    public Desks desks(int year, int limit) {
        MonthRange range = MonthRange.year(year);
        return new Desks(busiest(year, limit, null), months(tally(range, "month")), deskCount(year, null));
    }

    /**
     * The same for these welcome desks only (a regional network's): their requests by month and the busiest of them,
     * from the same counts (V43), read for these desks.
     */
    public Desks desks(int year, int limit, Collection<UUID> desks) {
        MonthRange range = MonthRange.year(year);
        JdbcClient.StatementSpec months = jdbc.sql(
                        """
                        select month, sum(requests) as n from intake_desk_tally
                        where desk_organisation_id = any(:desks) and month >= :first and month < :end group by month
                        """)
                .param("desks", desks.toArray(UUID[]::new))
                .param("first", range.firstDay())
                .param("end", range.endDay());
        return new Desks(busiest(year, limit, desks), months(months), deskCount(year, desks));
    }

    /** The requests of each month a query counts ({@code month}, {@code n}). */
    private static Map<YearMonth, Integer> months(JdbcClient.StatementSpec query) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        query.query(rs -> {
            months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("n"));
        });
        return months;
    }

    /** How many desks (of these, when not null) received requests in the year. */
    private int deskCount(int year, Collection<UUID> desks) {
        return jdbc.sql(
                        """
                        select count(*) from intake_desk_year_tally where year = :year and requests > 0
                          and (cast(:desks as uuid[]) is null or desk_organisation_id = any(:desks))
                        """)
                .param("year", year)
                .param("desks", desks == null ? null : desks.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /** The months of the {@code limit} desks (of these, when not null) that received the most in the year. */
    private List<DeskMonth> busiest(int year, int limit, Collection<UUID> desks) {
        MonthRange range = MonthRange.year(year);
        return jdbc.sql(
                        """
                        with busiest as (
                            select desk_organisation_id, requests from intake_desk_year_tally
                            where year = :year and requests > 0
                              and (cast(:desks as uuid[]) is null or desk_organisation_id = any(:desks))
                            order by requests desc limit :limit)
                        select t.desk_organisation_id, t.month, t.requests
                        from busiest b join intake_desk_tally t on t.desk_organisation_id = b.desk_organisation_id
                        where t.month >= :first and t.month < :end and t.requests <> 0
                        union all
                        select null, t.month, t.requests from intake_desk_tally t
                        where t.desk_organisation_id is null and t.month >= :first and t.month < :end
                          and t.requests <> 0
                          and exists (select 1 from busiest b where b.desk_organisation_id is null)
                        """)
                .param("year", year)
                .param("limit", limit)
                .param("desks", desks == null ? null : desks.toArray(UUID[]::new))
                .param("first", range.firstDay())
                .param("end", range.endDay())
                .query((rs, row) -> new DeskMonth(
                        rs.getObject("desk_organisation_id", UUID.class),
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getInt("requests")))
                .list();
    }
}
