package fr.passerelle.intake;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
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
}
