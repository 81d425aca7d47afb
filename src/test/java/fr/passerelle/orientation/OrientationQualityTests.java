package fr.passerelle.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orientation evaluation set ({@code bench/orientation-quality/cases.json}, see {@code bench/README.md}) run
 * through the real engine on the demonstration data, in a database of its own so that other tests' entries do not
 * count: it prints precision at 3 and 5, the "must not" results in the first five and each failing case (also to
 * {@code target/orientation-quality.txt}), and keeps the figures from falling.
 */
@SpringBootTest(properties = {"passerelle.demo-data=true", "passerelle.data-dir=target/orientation-quality-data"})
class OrientationQualityTests {

    /** The day the set is judged on, so that scheme calendars give the same answer every run. */
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    static final Path CASES = Path.of("bench/orientation-quality/cases.json");
    static final Path DEMO = Path.of("src/main/resources/directory/demo/directory-demo.json");

    static final double PRECISION_AT_5_FLOOR = 0.82;
    static final int MUST_NOT_CEILING = 0;

    @Autowired
    Orientation orientation;

    private final JsonMapper json = JsonMapper.builder()
            .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    @Test
    void theEvaluationSetKeepsItsFigures() throws IOException {
        List<QualityCase> cases = List.of(json.readValue(CASES.toFile(), QualityCase[].class));
        Map<String, String> names = organisationNames();
        List<String> unknown = new ArrayList<>();
        BiPredicate<String, Pick> matches = (key, pick) -> matches(key, pick, names, unknown);
        List<QualityScore> scores = cases.stream()
                .map(c -> QualityScore.of(c, orientation.orient(c.profile(), DAY), matches))
                .toList();
        String report = report(scores, matches, unknown);
        System.out.println(report);
        Files.writeString(Path.of("target/orientation-quality.txt"), report);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(mean(scores, 5, matches)).isGreaterThanOrEqualTo(PRECISION_AT_5_FLOOR);
        assertThat(scores.stream().mapToInt(s -> s.forbidden().size()).sum()).isLessThanOrEqualTo(MUST_NOT_CEILING);
    }

    /** The demonstration organisations' names by their key. */
    private Map<String, String> organisationNames() {
        Map<String, String> names = new HashMap<>();
        for (JsonNode organisation : json.readTree(DEMO.toFile()).get("organisations")) {
            names.put(
                    organisation.get("key").asString(), organisation.get("name").asString());
        }
        return names;
    }

    /** Whether the pick is that entry, or one of those entries when the key names several ({@code a|b}). */
    private static boolean matches(String key, Pick pick, Map<String, String> names, List<String> unknown) {
        for (String one : key.split("\\|")) {
            if (matchesOne(one, pick, names, unknown)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(String key, Pick pick, Map<String, String> names, List<String> unknown) {
        if (key.startsWith("offre:")) {
            return pick.kind() == Pick.PickKind.OFFER && pick.name().startsWith(key.substring("offre:".length()));
        }
        int slash = key.indexOf('/');
        String organisationKey = slash < 0 ? key : key.substring(0, slash);
        String organisation = names.get(organisationKey);
        if (organisation == null) {
            if (!unknown.contains(organisationKey)) {
                unknown.add(organisationKey);
            }
            return false;
        }
        if (pick.kind() == Pick.PickKind.OFFER || !organisation.equals(pick.organisationName())) {
            return false;
        }
        return slash < 0 || (pick.kind() == Pick.PickKind.SCHEME && pick.name().equals(key.substring(slash + 1)));
    }

    private static double mean(List<QualityScore> scores, int k, BiPredicate<String, Pick> matches) {
        return scores.stream()
                .mapToDouble(score -> score.precisionAt(k, matches))
                .average()
                .orElse(0);
    }

    private static String report(List<QualityScore> scores, BiPredicate<String, Pick> matches, List<String> unknown) {
        StringBuilder out = new StringBuilder("Orientation quality, ")
                .append(scores.size())
                .append(" cases, judged on ")
                .append(DAY)
                .append('\n');
        for (QualityScore score : scores) {
            double p5 = score.precisionAt(5, matches);
            if (p5 < 1 || !score.forbidden().isEmpty()) {
                out.append(failure(score, p5, matches));
            }
        }
        if (!unknown.isEmpty()) {
            out.append("Keys absent from the demonstration data: ")
                    .append(unknown)
                    .append('\n');
        }
        long failing = scores.stream()
                .filter(s -> s.precisionAt(5, matches) < 1 || !s.forbidden().isEmpty())
                .count();
        out.append(String.format(
                Locale.ROOT,
                "precision@3 %.3f  precision@5 %.3f  must-not in the first five %d (in %d cases)  cases short of"
                        + " perfect %d%n",
                mean(scores, 3, matches),
                mean(scores, 5, matches),
                scores.stream().mapToInt(s -> s.forbidden().size()).sum(),
                scores.stream().filter(s -> !s.forbidden().isEmpty()).count(),
                failing));
        return out.toString();
    }

    private static String failure(QualityScore score, double p5, BiPredicate<String, Pick> matches) {
        QualityCase c = score.qualityCase();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%n- %s (%s)  p@3 %.2f  p@5 %.2f%n",
                c.id(),
                c.project(),
                score.precisionAt(3, matches),
                p5));
        List<Pick> read = score.read();
        for (int i = 0; i < Math.min(8, read.size()); i++) {
            out.append(String.format(
                    Locale.ROOT,
                    "    %d. %s [%s, %s]%n",
                    i + 1,
                    read.get(i).name(),
                    read.get(i).kind(),
                    read.get(i).organisationName()));
        }
        List<String> missed = c.expected().stream()
                .map(QualityCase.Expectation::key)
                .filter(key ->
                        read.subList(0, Math.min(5, read.size())).stream().noneMatch(pick -> matches.test(key, pick)))
                .toList();
        out.append("    expected, not in the first five: ").append(missed).append('\n');
        if (!score.forbidden().isEmpty()) {
            out.append("    MUST NOT, in the first five: ")
                    .append(score.forbidden())
                    .append('\n');
        }
        return out.toString();
    }
}
