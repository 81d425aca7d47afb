package fr.passerelle.programmes.internal;

import static fr.passerelle.programmes.internal.FrenchFigures.decimal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A report (bilan), of an action or of a programme, as every format shows it (page, PDF, spreadsheet, JSON): the
 * coordinator's words beside sections of indicators computed from the data, and charts. Its figures are numbers and
 * its labels {@link Words}: the page writes them in the reader's language, the documents in French.
 *
 * @param kind "action", "programme" or "annual"
 * @param actions the programme's actions with their main figures (empty for an action)
 * @param partners the action's partners, or the programme's actions' (empty for the yearly report)
 */
public record Report(
        String kind,
        UUID id,
        About about,
        Recalled recalled,
        List<Section> sections,
        List<Chart> charts,
        List<ActionLine> actions,
        OffsetDateTime computedAt,
        List<PartnerLine> partners) {

    /** What the report is about: its title and subtitle, and the programme it belongs to. */
    public record About(Words title, Words subtitle, UUID programmeId, String programmeName) {}

    /**
     * What people wrote, recalled beside the figures.
     *
     * @param objectives the programme's objectives, or an action's own
     * @param programmeObjectives whether an action, having none of its own, recalls its programme's objectives
     * @param assessment the coordinator's assessment, if written
     */
    public record Recalled(
            List<String> objectives, boolean programmeObjectives, Words description, String assessment) {}

    /**
     * A partner of an action, as a report lists it.
     *
     * @param speaker the named speaker and their function, null when none is named
     * @param action the action's title, in a programme's report; null in an action's
     */
    public record PartnerLine(String organisation, Words role, String speaker, String action) {}

    /** What a figure counts, which says how it is written. */
    public enum Measure {
        COUNT,
        RATE,
        AVERAGE
    }

    /**
     * One figure: its key for machines, its label, its value.
     *
     * @param number the value, null when there is none (no attendance marked, no survey answer)
     */
    public record Indicator(String key, Words label, Double number, Measure measure) {

        /** The value as a reader sees it: 1 234, 92 %, 4,4 / 5, or a dash when there is none. */
        public Words shown() {
            if (number == null) {
                return Words.of("report.none");
            }
            return switch (measure) {
                case COUNT -> Words.plain(FrenchFigures.number(number.longValue()));
                case RATE -> Words.of("report.value.rate", String.valueOf(Math.round(number * 100)));
                case AVERAGE -> Words.of("report.value.average", decimal(number));
            };
        }
    }

    /** Indicators under a title. */
    public record Section(Words title, List<Indicator> indicators) {}

    /** A bar chart: a label and a value per bar. */
    public record Chart(String key, Words title, List<Words> labels, List<Double> values) {

        /** The highest value, for drawing bars to scale. */
        public double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /**
     * An action of a programme in its report: what it is, when (in words, and its first and last days when it is an
     * event), and its main figures in a sentence.
     */
    public record ActionLine(
            UUID id,
            String title,
            Words kind,
            int year,
            Words when,
            LocalDate firstDay,
            LocalDate lastDay,
            boolean planned,
            Words summary) {}

    /** Every indicator's value by its key, for the API. */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        sections.forEach(
                section -> section.indicators().forEach(indicator -> figures.put(indicator.key(), indicator.number())));
        return figures;
    }
}
