package fr.passerelle.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What every form and import does to a typed text before keeping it. */
public final class Texts {

    private Texts() {}

    /** The text without its surrounding spaces, or null when nothing but spaces was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The values of a typed list cut at the separators (a regular expression), stripped, blanks dropped. */
    public static List<String> items(String typed, String separators) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split(separators))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList();
    }

    /** The values a person ticked or typed, each stripped and once, blanks dropped; empty for none. */
    public static List<String> chosen(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(value -> value != null && !value.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /**
     * The text as a part of an address or a file name, {@code max} characters at most: lower case, no accents, words
     * joined by hyphens ("CC du Pays Diois" → "cc-du-pays-diois"); empty when the text has no letter nor digit.
     */
    public static String slug(String text, int max) {
        String plain = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.length() > max ? plain.substring(0, max).replaceAll("-$", "") : plain;
    }
}
