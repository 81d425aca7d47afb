package fr.passerelle.pathway;

import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Paris;
import fr.passerelle.pathway.internal.InstallationOutcomes;
import fr.passerelle.pathway.internal.InstallationOutcomes.YearCount;
import fr.passerelle.pathway.internal.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pathway's figures for the reports: referrals and what became of them, installations. Never a person. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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
    private final InstallationOutcomes installationOutcomes;

    /**
     * The installations that reached an anniversary (one or three years) over a period, and what their structures
     * answered: still active, stopped, or no answer (unknown, never counted as active).
     *
     * @param reached the installations whose anniversary fell in the period (and is past)
     */
    public record Durability(int reached, int active, int stopped) {

        public static final Durability NONE = new Durability(0, 0, 0);

        public int answered() {
            return active + stopped;
        }

        public int unknown() {
            return reached - answered();
        }

        /** The share of them whose structure answered; null when none reached it. */
        public Double responseRate() {
            return reached == 0 ? null : (double) answered() / reached;
        }

        /** The share still active among those answered; null without an answer. */
        public Double activeRate() {
            return answered() == 0 ? null : (double) active / answered();
        }

        Durability plus(Durability other) {
            return new Durability(reached + other.reached, active + other.active, stopped + other.stopped);
        }
    }

    /**
     * The long-term outcomes over a period: the installations dated in it and the jobs they made, and those whose
     * first and third anniversaries fell in it, with what became of them.
     */
    public record Outcomes(int installations, int jobs, Durability oneYear, Durability threeYears) {

        public static final Outcomes NONE = new Outcomes(0, 0, Durability.NONE, Durability.NONE);

        Outcomes plus(YearCount count) {
            Durability reached = new Durability(count.count(), count.active(), count.stopped());
            return switch (count.kind()) {
                case "installed" ->
                    new Outcomes(installations + count.count(), jobs + count.jobs(), oneYear, threeYears);
                case "one_year" -> new Outcomes(installations, jobs, oneYear.plus(reached), threeYears);
                default -> new Outcomes(installations, jobs, oneYear, threeYears.plus(reached));
            };
        }
    }

    /** The long-term outcomes over these months, everywhere or (with communes) in these communes only. */
    public Outcomes outcomes(MonthRange range, List<String> communes) {
        return outcomes(range, communes, null);
    }

    /** The long-term outcomes over these months in a network's départements (everywhere when it is null). */
    public Outcomes outcomesIn(MonthRange range, Network network) {
        return outcomes(range, null, network == null ? null : network.departements());
    }

    private Outcomes outcomes(MonthRange range, List<String> communes, List<String> departements) {
        Outcomes outcomes = Outcomes.NONE;
        for (YearCount count :
                installationOutcomes.byYear(range.firstDay(), range.endDay(), Paris.today(), communes, departements)) {
            outcomes = outcomes.plus(count);
        }
        return outcomes;
    }

    /** The long-term outcomes of each year from first to last, every year present. */
    public Map<Integer, Outcomes> outcomesByYear(int first, int last) {
        Map<Integer, Outcomes> years = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            years.put(year, Outcomes.NONE);
        }
        outcomeCounts(MonthRange.years(first, last), null)
                .forEach(count -> years.merge(count.year(), Outcomes.NONE.plus(count), PathwayIndicators::sum));
        return years;
    }

    private List<YearCount> outcomeCounts(MonthRange range, List<String> communes) {
        return installationOutcomes.byYear(range.firstDay(), range.endDay(), Paris.today(), communes);
    }

    private static Outcomes sum(Outcomes a, Outcomes b) {
        return new Outcomes(
                a.installations() + b.installations(),
                a.jobs() + b.jobs(),
                a.oneYear().plus(b.oneYear()),
                a.threeYears().plus(b.threeYears()));
    }

    /** The referrals sent over these months (where they stand now) and the installations dated in them. */
    public ReferralFigures figures(MonthRange months) {
        return period(months).figures();
    }

    /** A period's referral figures and its months. */
    public record Period(ReferralFigures figures, List<MonthFigures> months) {}

    /**
     * A regional network, as the pathway counts it: the referrals its people sent, the installations in its
     * départements (V97). Null where a method takes one: the whole country.
     */
    public record Network(UUID id, List<String> departements) {}

    /**
     * The referrals sent over these months by status and outcome and by month, and the installations dated in
     * them: read from the counts the database keeps (V42), a few rows per month whatever the number of referrals.
     */
    public Period period(MonthRange range) {
        return period(range, null);
    }

    /** A network's period (the whole country when {@code network} is null), from the counts the database keeps. */
    public Period period(MonthRange range, Network network) {
        PeriodTally tally = new PeriodTally();
        countReferrals(range, network, tally);
        countInstallations(range, network, tally);
        return new Period(
                new ReferralFigures(
                        tally.referrals,
                        tally.accepted,
                        tally.declined,
                        tally.expired,
                        tally.waiting,
                        tally.outcomes,
                        tally.installations,
                        tally.jobs),
                tally.months.entrySet().stream()
                        .map(month -> new MonthFigures(month.getKey(), month.getValue()[0], month.getValue()[1]))
                        .toList());
    }

    /** The figures of a period as its tallies' rows are added up. */
    private static final class PeriodTally {
        int referrals;
        int accepted;
        int declined;
        int expired;
        int waiting;
        int installations;
        int jobs;
        final Map<String, Integer> outcomes = new LinkedHashMap<>();
        /** Per month: the referrals sent, the installations dated in it. */
        final Map<YearMonth, int[]> months = new TreeMap<>();

        PeriodTally() {
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome.code(), 0);
            }
        }

        int[] month(LocalDate day) {
            return months.computeIfAbsent(YearMonth.from(day), key -> new int[2]);
        }
    }

    /** The referrals of the period by state, and the outcomes of the closed ones. */
    private void countReferrals(MonthRange range, Network network, PeriodTally tally) {
        jdbc.sql(
                        network == null
                                ? """
                                select month, status, outcome, referrals from referral_month_tally
                                where month >= :first and month < :end and referrals <> 0
                                """
                                : """
                                select month, status, outcome, referrals from referral_network_month_tally
                                where network_id = :network and month >= :first and month < :end and referrals <> 0
                                """)
                .param("first", range.firstDay())
                .param("end", range.endDay())
                .param("network", network == null ? null : network.id())
                .query(rs -> {
                    int n = rs.getInt("referrals");
                    tally.month(rs.getObject("month", LocalDate.class))[0] += n;
                    tally.referrals += n;
                    switch (rs.getString("status")) {
                        case "accepted" -> tally.accepted += n;
                        case "declined" -> tally.declined += n;
                        case "expired" -> tally.expired += n;
                        case "sent" -> tally.waiting += n;
                        default -> {
                            // Closed: an accepted referral that ended with an outcome.
                            tally.accepted += n;
                            tally.outcomes.merge(rs.getString("outcome"), n, Integer::sum);
                        }
                    }
                });
    }

    /** The installations and jobs of the period: the country's, or those in the network's départements. */
    private void countInstallations(MonthRange range, Network network, PeriodTally tally) {
        jdbc.sql(
                        network == null
                                ? """
                                select month, installations, jobs from installation_month_tally
                                where month >= :first and month < :end and installations <> 0
                                """
                                : """
                                select month, sum(installations) as installations, sum(jobs) as jobs
                                from installation_departement_month_tally
                                where departement = any(:departements) and month >= :first and month < :end
                                group by month having sum(installations) <> 0
                                """)
                .param("first", range.firstDay())
                .param("end", range.endDay())
                .param(
                        "departements",
                        network == null ? new String[0] : network.departements().toArray(String[]::new))
                .query(rs -> {
                    int n = rs.getInt("installations");
                    tally.installations += n;
                    tally.jobs += rs.getInt("jobs");
                    tally.month(rs.getObject("month", LocalDate.class))[1] += n;
                });
    }

    /** A structure's answers to the referrals it received over a period. */
    public record ResponseTime(UUID organisationId, int received, int answered, Double medianDays) {}

    /** One month of referrals: sent, and installations dated in it. */
    public record MonthFigures(YearMonth month, int referrals, int installations) {}

    /**
     * The structures that received the most referrals in a year (Paris time), with how many they answered
     * (accepted or declined) and the median time they took, in days: the busiest from the counts the database
     * keeps (V42), then their own referrals of the year for the median.
     */
    public List<ResponseTime> responseTimes(int year, int limit) {
        return responseTimes(year, limit, null);
    }

    /**
     * The structures that received the most referrals from a network's people in a year (every network's when
     * {@code network} is null), from the counts the database keeps (V42, V97), with their median answer time.
     */
    public List<ResponseTime> responseTimes(int year, int limit, Network network) {
        MonthRange range = MonthRange.year(year);
        return jdbc.sql(
                        (network == null
                                        ? """
                                        with busiest as (
                                            select organisation_id, received, answered from referral_structure_tally
                                            where year = :year and received > 0
                                            order by received desc, organisation_id limit :limit)
                                        """
                                        : """
                                        with busiest as (
                                            select organisation_id, received, answered
                                            from referral_network_structure_tally
                                            where network_id = :network and year = :year and received > 0
                                            order by received desc, organisation_id limit :limit)
                                        """)
                                + """
                        select b.organisation_id, b.received, b.answered,
                               (select percentile_cont(0.5) within group (
                                           order by extract(epoch from r.answered_at - r.sent_at) / 86400.0)
                                from referral r
                                where r.organisation_id = b.organisation_id and r.sent_at >= :from and r.sent_at < :to
                                  and r.answered_at is not null
                                  and (cast(:network as uuid) is null or r.network_id = :network)) as median_days
                        from busiest b order by b.received desc, b.organisation_id
                        """)
                .param("network", network == null ? null : network.id())
                .param("year", year)
                .param("from", range.from())
                .param("to", range.to())
                .param("limit", limit)
                .query(ResponseTime.class)
                .list();
    }

    /** The installations dated over these months in one of these communes: how many, and the jobs they made. */
    public int[] installations(MonthRange range, List<String> communes) {
        return jdbc.sql(
                        """
                        select count(*) as n, coalesce(sum(jobs), 0) as jobs from outcome_follow_up
                        where answer = 'installe' and installed_on >= :first and installed_on < :last
                          and commune_code = any(:communes)
                        """)
                .param("first", range.firstDay())
                .param("last", range.endDay())
                .param("communes", communes.toArray(String[]::new))
                .query((rs, row) -> new int[] {rs.getInt("n"), rs.getInt("jobs")})
                .single();
    }
}
