package fr.passerelle.pathway;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        LocalDate first =
                from.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
        LocalDate last =
                to.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
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

    /** A structure's answers to the referrals it received over a period. */
    public record ResponseTime(UUID organisationId, int received, int answered, Double medianDays) {}

    /** One month of referrals: sent, and installations dated in it. */
    public record MonthFigures(java.time.YearMonth month, int referrals, int installations) {}

    /**
     * The structures that received the most referrals over a period, with how many they answered (accepted or
     * declined) and the median time they took, in days.
     */
    public List<ResponseTime> responseTimes(OffsetDateTime from, OffsetDateTime to, int limit) {
        return jdbc.sql(
                        """
                        select organisation_id, count(*) as received, count(answered_at) as answered,
                               percentile_cont(0.5) within group (
                                   order by extract(epoch from answered_at - sent_at) / 86400.0) as median_days
                        from referral where sent_at >= :from and sent_at < :to
                        group by organisation_id order by received desc, organisation_id limit :limit
                        """)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, row) -> new ResponseTime(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getInt("received"),
                        rs.getInt("answered"),
                        (Double) rs.getObject("median_days", Double.class)))
                .list();
    }

    /** Month by month over a period: referrals sent, installations dated. */
    public List<MonthFigures> byMonth(OffsetDateTime from, OffsetDateTime to) {
        Map<java.time.YearMonth, int[]> months = new java.util.TreeMap<>();
        jdbc.sql(
                        """
                        select to_char(sent_at at time zone 'Europe/Paris', 'YYYY-MM') as month, count(*) as n
                        from referral where sent_at >= :from and sent_at < :to group by 1
                        """)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    months.computeIfAbsent(java.time.YearMonth.parse(rs.getString("month")), key -> new int[2])[0] =
                            rs.getInt("n");
                });
        jdbc.sql(
                        """
                        select to_char(installed_on, 'YYYY-MM') as month, count(*) as n from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last group by 1
                        """)
                .param(
                        "first",
                        from.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .param(
                        "last",
                        to.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .query(rs -> {
                    months.computeIfAbsent(java.time.YearMonth.parse(rs.getString("month")), key -> new int[2])[1] =
                            rs.getInt("n");
                });
        return months.entrySet().stream()
                .map(month -> new MonthFigures(month.getKey(), month.getValue()[0], month.getValue()[1]))
                .toList();
    }

    /** The installations dated over a period in one of these communes: how many, and the jobs they made. */
    public int[] installations(OffsetDateTime from, OffsetDateTime to, List<String> communes) {
        return jdbc.sql(
                        """
                        select count(*) as n, coalesce(sum(jobs), 0) as jobs from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last
                          and commune_code = any(:communes)
                        """)
                .param(
                        "first",
                        from.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .param(
                        "last",
                        to.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .param("communes", communes.toArray(String[]::new))
                .query((rs, row) -> new int[] {rs.getInt("n"), rs.getInt("jobs")})
                .single();
    }
}
