package fr.passerelle.programmes.internal;

import fr.passerelle.pathway.PathwayIndicators.Durability;
import fr.passerelle.pathway.PathwayIndicators.Outcomes;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.Measure;
import fr.passerelle.programmes.internal.Report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The long-term outcomes as a report's section: the installations that reached one year, then three, over the
 * report's period, how many are still active, stopped or unknown (no answer, never counted as active), and how many
 * answered.
 */
final class OutcomeSection {

    private OutcomeSection() {}

    static Section of(Outcomes outcomes) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(durability("oneYear", outcomes.oneYear()));
        indicators.addAll(durability("threeYears", outcomes.threeYears()));
        return new Section(Words.of("report.section.durability"), indicators);
    }

    private static List<Indicator> durability(String at, Durability durability) {
        return List.of(
                count(at + "Reached", durability.reached()),
                count(at + "Active", durability.active()),
                count(at + "Stopped", durability.stopped()),
                count(at + "Unknown", durability.unknown()),
                new Indicator(
                        at + "ResponseRate",
                        Words.of("report.indicator." + at + "ResponseRate"),
                        durability.responseRate(),
                        Measure.RATE));
    }

    private static Indicator count(String key, int value) {
        return new Indicator(key, Words.of("report.indicator." + key), (double) value, Measure.COUNT);
    }
}
