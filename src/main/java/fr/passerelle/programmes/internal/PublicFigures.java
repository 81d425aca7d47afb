package fr.passerelle.programmes.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.passerelle.common.MonthRange;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.intake.IntakeIndicators;
import fr.passerelle.offers.OfferIndicators;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.pathway.PathwayIndicators.Durability;
import fr.passerelle.pathway.PathwayIndicators.Outcomes;
import fr.passerelle.pathway.PathwayIndicators.ReferralFigures;
import fr.passerelle.programmes.internal.PublicStatistics.Cell;
import fr.passerelle.programmes.internal.PublicStatistics.Row;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's public figures by year, read from the modules' indicators (their tallies), small counts withheld,
 * and kept ten minutes: the page is public, so anyone may ask for it as often as they like.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicFigures {

    private static final Duration KEPT = Duration.ofMinutes(10);

    /** One year of the network, as the modules count it. */
    private record Year(
            int year,
            int intakes,
            ReferralFigures referrals,
            int events,
            int registered,
            int attended,
            int offers,
            Outcomes outcomes) {}

    private final IntakeIndicators intakes;
    private final PathwayIndicators pathway;
    private final EventIndicators events;
    private final OfferIndicators offers;
    private final Cache<String, PublicStatistics> kept =
            Caffeine.newBuilder().maximumSize(200).expireAfterWrite(KEPT).build();

    /** The figures of each year from first to last (both included). */
    public PublicStatistics of(int first, int last) {
        return kept.get(first + "-" + last, key -> compute(first, last));
    }

    private PublicStatistics compute(int first, int last) {
        Map<Integer, Outcomes> outcomes = pathway.outcomesByYear(first, last);
        List<Year> years = IntStream.rangeClosed(first, last)
                .mapToObj(year -> read(year, outcomes.get(year)))
                .toList();
        return new PublicStatistics(years.stream().map(Year::year).toList(), rows(years), OffsetDateTime.now());
    }

    private Year read(int year, Outcomes outcomes) {
        MonthRange range = MonthRange.year(year);
        List<EventIndicators.MonthFigures> held = events.byMonth(range);
        return new Year(
                year,
                intakes.requests(range).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                pathway.figures(range),
                held.stream().mapToInt(EventIndicators.MonthFigures::events).sum(),
                held.stream().mapToInt(EventIndicators.MonthFigures::registered).sum(),
                held.stream().mapToInt(EventIndicators.MonthFigures::attended).sum(),
                offers.published(range.from(), range.to()),
                outcomes);
    }

    private static List<Row> rows(List<Year> years) {
        List<Row> rows = new ArrayList<>();
        rows.add(counted("intakes", true, years, Year::intakes));
        rows.add(counted("referralsSent", true, years, year -> year.referrals().sent()));
        rows.add(counted(
                "referralsAccepted", false, years, year -> year.referrals().accepted()));
        rows.add(counted(
                "referralsDeclined", false, years, year -> year.referrals().declined()));
        years.get(0)
                .referrals()
                .outcomes()
                .keySet()
                .forEach(outcome -> rows.add(new Row(
                        "outcome_" + outcome,
                        Words.of("report.indicator.outcome", Words.of("outcome." + outcome)),
                        cells(
                                years,
                                year -> Cell.count(year.referrals().outcomes().get(outcome))),
                        false)));
        rows.add(counted("installations", true, years, year -> year.outcomes().installations()));
        rows.add(counted("jobs", false, years, year -> year.outcomes().jobs()));
        rows.addAll(durability("oneYear", years, Outcomes::oneYear));
        rows.addAll(durability("threeYears", years, Outcomes::threeYears));
        rows.add(counted("eventsHeld", false, years, Year::events));
        rows.add(counted("registered", true, years, Year::registered));
        rows.add(counted("attended", false, years, Year::attended));
        rows.add(counted("offersPublished", false, years, Year::offers));
        return rows;
    }

    /** The installations that reached an anniversary: how many, what became of them, how many answered. */
    private static List<Row> durability(String at, List<Year> years, Function<Outcomes, Durability> anniversary) {
        Function<Year, Durability> of = year -> anniversary.apply(year.outcomes());
        // Active, stopped and unknown add up to those that reached the anniversary: withheld together.
        List<List<Cell>> parts = years.stream()
                .map(year -> of.apply(year))
                .map(reached -> Cell.parts(
                        List.of((long) reached.active(), (long) reached.stopped(), (long) reached.unknown())))
                .toList();
        return List.of(
                counted(at + "Reached", false, years, year -> of.apply(year).reached()),
                new Row(at + "Active", label(at + "Active"), column(parts, 0), false),
                new Row(at + "Stopped", label(at + "Stopped"), column(parts, 1), false),
                new Row(at + "Unknown", label(at + "Unknown"), column(parts, 2), false),
                new Row(
                        at + "ResponseRate",
                        label(at + "ResponseRate"),
                        cells(
                                years,
                                year -> Cell.rate(
                                        of.apply(year).answered(),
                                        of.apply(year).reached())),
                        false),
                new Row(
                        at + "ActiveRate",
                        label(at + "ActiveRate"),
                        cells(
                                years,
                                year -> Cell.rate(
                                        of.apply(year).active(), of.apply(year).answered())),
                        false));
    }

    private static List<Cell> column(List<List<Cell>> byYear, int part) {
        return byYear.stream().map(cells -> cells.get(part)).toList();
    }

    private static Row counted(String key, boolean charted, List<Year> years, Function<Year, Integer> count) {
        return new Row(key, label(key), cells(years, year -> Cell.count(count.apply(year))), charted);
    }

    private static List<Cell> cells(List<Year> years, Function<Year, Cell> cell) {
        return years.stream().map(cell).toList();
    }

    private static Words label(String key) {
        return Words.of("publicStatistics.row." + key);
    }
}
