package fr.passerelle.programmes.internal;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures written the French way for the reports' documents and the CSV: 1 234, or 4,4 with one decimal. */
final class FrenchFigures {

    private FrenchFigures() {}

    /** A whole number; the French grouping is a narrow no-break space, which the PDF's standard fonts lack. */
    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRENCH).format(value).replace('\u202f', '\u00a0');
    }

    /** A number with one decimal. */
    static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRENCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
