package fr.passerelle.programmes.internal;

import fr.passerelle.pathway.PathwayIndicators.Outcomes;
import fr.passerelle.pathway.PathwayIndicators.ReferralFigures;
import fr.passerelle.programmes.internal.Report.Chart;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The network's figures over a year, aggregated, never a person: welcome requests per desk and month, referrals and
 * their outcomes, the structures' response times, the months' activity, leads per territory, charts, and the
 * long-term outcomes (installations at one and three years) of the network and of each territory. The page
 * and the CSV lay them out and word them.
 */
public record Statistics(
        int year,
        DeskRequests desks,
        ReferralFigures referrals,
        List<Responder> responders,
        List<MonthActivity> months,
        List<TerritoryLeads> leads,
        List<Chart> charts,
        OffsetDateTime computedAt,
        Outcomes outcomes,
        List<TerritoryOutcomes> outcomesByTerritory) {

    /** How many desks are shown one by one; the others are added up in one row. */
    public int desksShown() {
        return NetworkStatistics.DESKS;
    }

    /** How many structures' response times are shown, the most solicited. */
    public int respondersShown() {
        return NetworkStatistics.RESPONDERS;
    }

    /** The year's twelve months, for the columns of the desks' table. */
    public List<YearMonth> yearMonths() {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> YearMonth.of(year, month))
                .toList();
    }

    /**
     * Welcome requests per desk and month.
     *
     * @param busiest the busiest desks, most requests first
     * @param otherDesks how many desks are not among them
     * @param others those other desks' requests together
     * @param all every desk's requests
     */
    public record DeskRequests(List<Desk> busiest, int otherDesks, Desk others, Desk all) {

        public boolean isEmpty() {
            return busiest.isEmpty() && otherDesks == 0;
        }
    }

    /**
     * A desk's requests month by month.
     *
     * @param name the desk's name, null for the network's coordination (requests that went to no desk)
     * @param byMonth twelve counts, January first
     */
    public record Desk(String name, List<Integer> byMonth) {

        public int total() {
            return byMonth.stream().mapToInt(Integer::intValue).sum();
        }

        /** These requests less those of the given desks, month by month. */
        Desk less(String name, List<Desk> desks) {
            return new Desk(
                    name,
                    IntStream.range(0, 12)
                            .mapToObj(month -> byMonth.get(month)
                                    - desks.stream()
                                            .mapToInt(desk -> desk.byMonth().get(month))
                                            .sum())
                            .toList());
        }
    }

    /** A structure's referrals received over the year, how many it answered, and its median response time. */
    public record Responder(String structure, int received, int answered, Double medianDays) {

        /** The share answered, in whole percent. */
        public long answerRate() {
            return Math.round(100.0 * answered / Math.max(1, received));
        }
    }

    /** A month's referrals, installations, events and attendance. */
    public record MonthActivity(
            YearMonth month, int referrals, int installations, int events, int registered, int attended) {

        /** The share of the registered who came, in whole percent; null without registrations. */
        public Long presence() {
            return registered == 0 ? null : Math.round(100.0 * attended / registered);
        }
    }

    /** The leads a territory's stands gathered. */
    public record TerritoryLeads(String territory, int leads) {}

    /** A territory's long-term outcomes over the year. */
    public record TerritoryOutcomes(String territory, Outcomes outcomes) {}
}
