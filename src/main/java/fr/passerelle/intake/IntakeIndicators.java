package fr.passerelle.intake;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The welcome's figures for the reports: requests over a period, by the way people came. Never a person. */
@Service
@Transactional(readOnly = true)
public class IntakeIndicators {

    private final JdbcClient jdbc;

    IntakeIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests to be welcomed received between {@code from} (included) and {@code to} (excluded), by channel (every channel present, zero or more). */
    public Map<IntakeChannel, Integer> requests(OffsetDateTime from, OffsetDateTime to) {
        Map<IntakeChannel, Integer> counts = new EnumMap<>(IntakeChannel.class);
        for (IntakeChannel channel : IntakeChannel.values()) {
            counts.put(channel, 0);
        }
        jdbc.sql(
                        """
                        select channel, count(*) as n from intake_request
                        where created_at >= :from and created_at < :to group by channel
                        """)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    int n = rs.getInt("n");
                    fr.passerelle.common.Vocabulary.parse(IntakeChannel.class, rs.getString("channel"))
                            .ifPresent(channel -> counts.put(channel, n));
                });
        return counts;
    }

    /**
     * The requests received over a period whose project names one of these communes, by channel; every request when
     * {@code communes} is null.
     */
    public Map<IntakeChannel, Integer> requests(OffsetDateTime from, OffsetDateTime to, List<String> communes) {
        if (communes == null) {
            return requests(from, to);
        }
        Map<IntakeChannel, Integer> counts = new EnumMap<>(IntakeChannel.class);
        for (IntakeChannel channel : IntakeChannel.values()) {
            counts.put(channel, 0);
        }
        jdbc.sql(
                        """
                        select r.channel, count(*) as n from intake_request r
                        where r.created_at >= :from and r.created_at < :to
                          and exists (select 1 from project_target_commune t
                                      where t.project_id = r.project_id and t.commune_code = any(:communes))
                        group by r.channel
                        """)
                .param("from", from)
                .param("to", to)
                .param("communes", communes.toArray(String[]::new))
                .query(rs -> {
                    int n = rs.getInt("n");
                    fr.passerelle.common.Vocabulary.parse(IntakeChannel.class, rs.getString("channel"))
                            .ifPresent(channel -> counts.put(channel, n));
                });
        return counts;
    }

    /** Requests received per welcome desk (organisation; null for the coordinators) and month over a period. */
    public record DeskMonth(UUID desk, java.time.YearMonth month, int requests) {}

    public List<DeskMonth> byDeskAndMonth(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(
                        """
                        select desk_organisation_id, date_trunc('month', created_at, 'Europe/Paris') as month,
                               count(*) as n
                        from intake_request where created_at >= :from and created_at < :to
                        group by 1, 2 order by 2, 1
                        """)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new DeskMonth(
                        rs.getObject("desk_organisation_id", UUID.class),
                        java.time.YearMonth.from(rs.getObject("month", OffsetDateTime.class)
                                .atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))),
                        rs.getInt("n")))
                .list();
    }
}
