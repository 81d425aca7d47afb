package fr.passerelle.common;

/** What every form and import does to a typed text before keeping it. */
public final class Texts {

    private Texts() {}

    /** The text without its surrounding spaces, or null when nothing but spaces was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
