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
        // Without the months: the index by date is read and counted by status and outcome only.
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
                            counts[1] += n;
                            outcomes.merge(rs.getString("outcome"), n, Integer::sum);
                        }
                    }
                });
        int[] installed = jdbc.sql(
                        """
                        select count(*) as n, coalesce(sum(jobs), 0) as jobs from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last
                        """)
                .param(
                        "first",
                        from.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .param(
                        "last",
                        to.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                                .toLocalDate())
                .query((rs, row) -> new int[] {rs.getInt("n"), rs.getInt("jobs")})
                .single();
        return new ReferralFigures(
                counts[0], counts[1], counts[2], counts[3], counts[4], outcomes, installed[0], installed[1]);
    }

    /** A period's referral figures and its months, from one reading of the period's referrals. */
    public record Period(ReferralFigures figures, List<MonthFigures> months) {}

    /**
     * The referrals sent between {@code from} (included) and {@code to} (excluded), by status and outcome and by
     * month, read once through the index by date; and the installations dated in the period.
     */
    public Period period(OffsetDateTime from, OffsetDateTime to) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.code(), 0);
        }
        int[] counts = new int[5];
        Map<java.time.YearMonth, int[]> months = new java.util.TreeMap<>();
        jdbc.sql(
                        """
                        select date_trunc('month', sent_at, 'Europe/Paris') as month, status, outcome, count(*) as n
                        from referral where sent_at >= :from and sent_at < :to group by 1, 2, 3
                        """)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    int n = rs.getInt("n");
                    java.time.YearMonth month = java.time.YearMonth.from(rs.getObject("month", OffsetDateTime.class)
                            .atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")));
                    months.computeIfAbsent(month, key -> new int[2])[0] += n;
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
        int[] installed = new int[2];
        jdbc.sql(
                        """
                        select to_char(installed_on, 'YYYY-MM') as month, count(*) as n, coalesce(sum(jobs), 0) as jobs
                        from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last group by 1
                        """)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    int n = rs.getInt("n");
                    installed[0] += n;
                    installed[1] += rs.getInt("jobs");
                    months.computeIfAbsent(java.time.YearMonth.parse(rs.getString("month")), key -> new int[2])[1] += n;
                });
        return new Period(
                new ReferralFigures(
                        counts[0], counts[1], counts[2], counts[3], counts[4], outcomes, installed[0], installed[1]),
                months.entrySet().stream()
                        .map(month -> new MonthFigures(month.getKey(), month.getValue()[0], month.getValue()[1]))
                        .toList());
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
        // The busiest structures first (through the index by date), then their answers' times only.
        return jdbc.sql(
                        """
                        with busiest as (
                            select organisation_id, count(*) as received from referral
                            where sent_at >= :from and sent_at < :to
                            group by organisation_id order by received desc, organisation_id limit :limit)
                        select b.organisation_id, b.received, count(r.answered_at) as answered,
                               percentile_cont(0.5) within group (
                                   order by extract(epoch from r.answered_at - r.sent_at) / 86400.0) as median_days
                        from busiest b join referral r on r.organisation_id = b.organisation_id
                             and r.sent_at >= :from and r.sent_at < :to
                        group by b.organisation_id, b.received order by b.received desc, b.organisation_id
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
        return period(from, to).months();
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
