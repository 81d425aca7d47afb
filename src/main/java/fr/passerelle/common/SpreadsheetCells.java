package fr.passerelle.common;

import java.util.regex.Pattern;

/** Cells of the CSV files people open in a spreadsheet. */
public final class SpreadsheetCells {
    /** A number as a French spreadsheet reads it: "-2,28", "1250", "0.5". */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {}

    /**
     * The cell, with a quote before text a spreadsheet would compute (starting with = + - @, a tab or a carriage
     * return); numbers, negative ones included, stay numbers.
     */
    public static String guarded(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Whether the text is a number as {@link #guarded} leaves it. */
    public static boolean number(String value) {
        return value != null && NUMBER.matcher(value).matches();
    }
}
