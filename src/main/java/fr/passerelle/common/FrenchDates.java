package fr.passerelle.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way Passerelle reads and writes the dates and hours people type: "14/03/2027" or "2027-03-14" (what a date
 * input sends), "9h30", "9h", "09:30". Impossible dates (31/02) are refused, not rolled over.
 */
public final class FrenchDates {

    /** A day as the French write it: 14/03/2027. */
    public static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH).withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter TYPED_DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.FRENCH).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HOUR = Pattern.compile("(\\d{1,2})\\s*[h:H]\\s*(\\d{2})?");

    private FrenchDates() {}

    /** The date typed, or null when nothing was typed; throws {@link DateTimeParseException} when unreadable. */
    public static LocalDate date(String typed) {
        String value = Texts.blankToNull(typed);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.contains("/") ? LocalDate.parse(value, TYPED_DAY) : LocalDate.parse(value);
    }

    /** The hour typed, or null when nothing was typed; throws {@link DateTimeParseException} when unreadable. */
    public static LocalTime time(String typed) {
        String value = Texts.blankToNull(typed);
        if (value == null) {
            return null;
        }
        var matcher = HOUR.matcher(value.strip());
        if (!matcher.matches()) {
            throw new DateTimeParseException("Heure illisible", value, 0);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw new DateTimeParseException("Heure impossible", value, 0);
        }
        return LocalTime.of(hour, minute);
    }

    /** The day as the French write it, or an empty text. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
