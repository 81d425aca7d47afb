package fr.passerelle.common;

import java.util.Arrays;
import java.util.List;

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
}
