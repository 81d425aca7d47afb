package fr.passerelle.programmes.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A report (bilan), of an action or of a programme, as every format shows it (page, PDF, spreadsheet, JSON): the
 * coordinator's words beside sections of indicators computed from the data, and charts.
 *
 * @param kind "action" or "programme"
 * @param objectives the programme's objectives, recalled
 * @param actionObjectives the action's own objectives, if it is an action
 * @param actions the programme's actions with their main figures (empty for an action)
 */
public record Report(
        String kind,
        UUID id,
        String title,
        String subtitle,
        UUID programmeId,
        String programmeName,
        List<String> objectives,
        String actionObjectives,
        String description,
        String assessment,
        List<Section> sections,
        List<Chart> charts,
        List<ActionLine> actions,
        OffsetDateTime computedAt) {

    /**
     * One figure: its key for machines, its label and value as a reader sees them.
     *
     * @param number the value, null when there is none (no attendance marked, no survey answer)
     */
    public record Indicator(String key, String label, Double number, String shown) {}

    /** Indicators under a title. */
    public record Section(String title, List<Indicator> indicators) {}

    /** A bar chart: a label and a value per bar. */
    public record Chart(String key, String title, List<String> labels, List<Double> values) {

        /** The highest value, for drawing bars to scale. */
        public double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** An action of a programme in its report: what it is, when, and its main figures in a sentence. */
    public record ActionLine(
            UUID id, String title, String kind, int year, String when, boolean planned, String summary) {}

    /** Every indicator's value by its key, for the API. */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        sections.forEach(
                section -> section.indicators().forEach(indicator -> figures.put(indicator.key(), indicator.number())));
        return figures;
    }
}
