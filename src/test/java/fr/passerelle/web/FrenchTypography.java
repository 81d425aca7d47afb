package fr.passerelle.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of French typography that the French messages follow (scripts/french-typography.py applies them): a
 * non-breaking space (U+00A0) before {@code : ; ! ?} and {@code »}, and after {@code «}. Addresses
 * ({@code https://}), times ({@code 9:30}), ratios ({@code 1:2}), query strings ({@code ?page=2}) and a placeholder's
 * colon ({@code {0}:}) are not sentences and are left alone.
 */
final class FrenchTypography {

    private static final char NBSP = '\u00a0';

    /** An ordinary or narrow space where a non-breaking one belongs. */
    private static final Pattern BREAKING_SPACE = Pattern.compile("[ \\t\\u202f](?=[:;!?»])|(?<=«)[ \\t\\u202f]");

    /** A high mark right after a word or a closing bracket or quote, ending a clause. */
    private static final Pattern NO_SPACE = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]’'»])[:;!?](?=[ \\t\\u00a0]|$)|(?<=[^ \\t\\u00a0\\u202f])»|«(?=[^ \\t\\u00a0\\u202f])");

    private FrenchTypography() {}

    /** What breaks the rules in this message, each with the text around it; empty when it reads right. */
    static List<String> breaches(String message) {
        List<String> found = new ArrayList<>();
        for (Pattern rule : List.of(BREAKING_SPACE, NO_SPACE)) {
            Matcher matcher = rule.matcher(message);
            while (matcher.find()) {
                found.add("…" + around(message, matcher.start()).replace(NBSP, '⍽') + "…");
            }
        }
        return found;
    }

    private static String around(String message, int at) {
        return message.substring(Math.max(0, at - 12), Math.min(message.length(), at + 12));
    }
}
