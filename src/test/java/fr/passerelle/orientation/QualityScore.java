package fr.passerelle.orientation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * How one case of the evaluation set fared: the results in the order a person reads them (the welcome desk, then the
 * first of each need, the second of each need...), and what of them the advisor expected or ruled out.
 */
record QualityScore(QualityCase qualityCase, List<Pick> read, List<String> forbidden) {

    /** The picks as a person reads them: the desk, then the needs' lists in turn, each entry once. */
    static List<Pick> readingOrder(OrientationResult result) {
        Map<UUID, Pick> order = new LinkedHashMap<>();
        result.welcomeDesk().ifPresent(desk -> order.put(desk.id(), desk));
        int longest = result.groups().stream()
                .mapToInt(group -> group.picks().size())
                .max()
                .orElse(0);
        for (int i = 0; i < longest; i++) {
            for (NeedGroup group : result.groups()) {
                if (i < group.picks().size()) {
                    order.putIfAbsent(group.picks().get(i).id(), group.picks().get(i));
                }
            }
        }
        return List.copyOf(order.values());
    }

    static QualityScore of(QualityCase qualityCase, OrientationResult result, BiPredicate<String, Pick> matches) {
        List<Pick> read = readingOrder(result);
        List<Pick> firstFive = read.subList(0, Math.min(5, read.size()));
        List<String> forbidden = new ArrayList<>();
        for (QualityCase.Expectation ruledOut : qualityCase.mustNot()) {
            firstFive.stream()
                    .filter(pick -> matches.test(ruledOut.key(), pick))
                    .forEach(pick -> forbidden.add(ruledOut.key() + " (" + pick.name() + ")"));
        }
        return new QualityScore(qualityCase, read, forbidden);
    }

    /**
     * The share of the first k results that the advisor named, out of what they could hold (k, or fewer when the
     * advisor named fewer): each named entry counts once, at its first place.
     */
    double precisionAt(int k, BiPredicate<String, Pick> matches) {
        List<Pick> first = read.subList(0, Math.min(k, read.size()));
        long found = qualityCase.expected().stream()
                .filter(named -> first.stream().anyMatch(pick -> matches.test(named.key(), pick)))
                .count();
        return (double) found / Math.min(k, qualityCase.expected().size());
    }
}
