package fr.passerelle.pathway;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pathway's figures for the reports: referrals and what became of them, installations. Never a person. */
@Service
@Transactional(readOnly = true)
public class PathwayIndicators {

    /**
     * Referrals sent over a period and where they stand now.
     *
     * @param outcomes the closed ones by outcome code (accompagne, finance, installe...), every outcome present
     * @param installations the installations recorded over the period (by their date), and the jobs they made
     */
    public record ReferralFigures(
            int sent,
            int accepted,
            int declined,
            int expired,
            int waiting,
            Map<String, Integer> outcomes,
            int installations,
            int jobs) {}

    private final JdbcClient jdbc;

    PathwayIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The referrals sent between {@code from} (included) and {@code to} (excluded) and the installations dated in it. */
    public ReferralFigures figures(OffsetDateTime from, OffsetDateTime to) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.code(), 0);
        }
        int[] counts = new int[5];
        jdbc.sql(
                        """
                        select status, outcome, count(*) as n from referral
                        where sent_at >= :from and sent_at < :to group by status, outcome
                        """)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    int n = rs.getInt("n");
                    counts[0] += n;
                    switch (rs.getString("status")) {
                        case "accepted" -> counts[1] += n;
                        case "declined" -> counts[2] += n;
                        case "expired" -> counts[3] += n;
                        case "sent" -> counts[4] += n;
                        default -> {
                            // Closed: an accepted referral that ended with an outcome.
                            counts[1] += n;
                            outcomes.merge(rs.getString("outcome"), n, Integer::sum);
                        }
                    }
                });
        LocalDate first = from.toLocalDate();
        LocalDate last = to.toLocalDate();
        int[] installed = jdbc.sql(
                        """
                        select count(*) as n, coalesce(sum(jobs), 0) as jobs from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last
                        """)
                .param("first", first)
                .param("last", last)
                .query((rs, row) -> new int[] {rs.getInt("n"), rs.getInt("jobs")})
                .single();
        return new ReferralFigures(
                counts[0], counts[1], counts[2], counts[3], counts[4], outcomes, installed[0], installed[1]);
    }
}
