package fr.passerelle.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money in euro cents, and the one way Passerelle reads the amounts people type: « 1 234,50 », « 1234.5 »,
 * « 1 234,50 € », « -12 » (signed: a rule, not the reader, says an amount may not be negative). Written back the French
 * way, « 1 234,50 » (a narrow no-break space between thousands), by the web layer's formatter.
 */
public record Euros(long cents) implements Comparable<Euros> {

    public static final Euros ZERO = new Euros(0);

    /** Digits grouped by spaces (any kind) or not, then at most two decimals after a comma or a point. */
    private static final Pattern TYPED = Pattern.compile("[-+]?(\\d{1,3}( \\d{3})+|\\d+)([.,]\\d{1,2})?");

    private static final long MAX_CENTS = 100_000_000_000_00L;

    /**
     * The amount typed, or null when nothing was typed.
     *
     * @throws NumberFormatException when it is no amount: letters, three decimals, two separators, too large
     */
    public static Euros parse(String typed) {
        String value = Texts.blankToNull(typed);
        if (value == null) {
            return null;
        }
        value = value.replaceAll("[\\u00a0\\u202f\\u2009\\s]+", " ").strip();
        if (value.endsWith("€")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            value = value.substring(0, value.length() - 3).strip();
        }
        if (!TYPED.matcher(value).matches()) {
            throw new NumberFormatException("Montant illisible : " + typed);
        }
        BigDecimal amount = new BigDecimal(value.replace(" ", "").replace(',', '.'));
        BigDecimal cents = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (cents.abs().compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
            throw new NumberFormatException("Montant trop grand : " + typed);
        }
        return new Euros(cents.longValueExact());
    }

    public static Euros of(long cents) {
        return new Euros(cents);
    }

    public boolean negative() {
        return cents < 0;
    }

    public Euros plus(Euros other) {
        return new Euros(Math.addExact(cents, other.cents));
    }

    public Euros minus(Euros other) {
        return new Euros(Math.subtractExact(cents, other.cents));
    }

    /** The amount in euros, for a spreadsheet's number cell. */
    public double value() {
        return cents / 100.0;
    }

    /** « 1 234,50 » with a narrow no-break space between thousands, without the sign €. */
    public String french() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    @Override
    public int compareTo(Euros other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return french();
    }
}
