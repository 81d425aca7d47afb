package fr.passerelle.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A French phone number (metropolitan or overseas, fixed or mobile), read as people type it: {@code 04 75 12 34 56},
 * {@code 04.75.12.34.56}, {@code +33 4 75 12 34 56}, {@code +33 (0)4 75…} or {@code 0033 4…}. It keeps the nine
 * digits after the leading 0, shows them as {@code 04 75 12 34 56} and dials them as {@code +33475123456}.
 */
public record FrenchPhone(String digits) {

    private static final Pattern NINE_DIGITS = Pattern.compile("[1-9][0-9]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\u202f.\\-/]");

    public FrenchPhone {
        if (digits == null || !NINE_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not the nine digits of a French phone number: " + digits);
        }
    }

    /** The number typed, or nothing when it is no French phone number. */
    public static Optional<FrenchPhone> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("").replace("(0)", "");
        String national;
        if (compact.startsWith("+33")) {
            national = compact.substring(3);
        } else if (compact.startsWith("0033")) {
            national = compact.substring(4);
        } else if (compact.startsWith("0")) {
            national = compact.substring(1);
        } else {
            return Optional.empty();
        }
        return NINE_DIGITS.matcher(national).matches() ? Optional.of(new FrenchPhone(national)) : Optional.empty();
    }

    /** As the French write it: {@code 04 75 12 34 56}. */
    public String national() {
        return "0" + digits.charAt(0) + " " + digits.substring(1, 3) + " " + digits.substring(3, 5) + " "
                + digits.substring(5, 7) + " " + digits.substring(7);
    }

    /** As dialled from anywhere (E.164), for {@code tel:} links and schema.org: {@code +33475123456}. */
    public String international() {
        return "+33" + digits;
    }

    @Override
    public String toString() {
        return national();
    }
}
