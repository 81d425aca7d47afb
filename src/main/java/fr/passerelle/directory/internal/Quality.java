package fr.passerelle.directory.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The quality score of an entry, as data·inclusion's {@code score_qualite}: completeness times
 * freshness. Freshness is full under 6 months since the last verification, falls linearly to zero
 * at 2 years, and is zero when the entry was never verified.
 */
public final class Quality {

    private static final long FRESH_DAYS = 183;
    private static final long STALE_DAYS = 730;

    private Quality() {}

    public static double freshness(LocalDate lastVerified, LocalDate today) {
        if (lastVerified == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(lastVerified, today);
        if (days <= FRESH_DAYS) {
            return 1;
        }
        return Math.max(0, 1 - (double) (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
    }

    /** Rounded to two decimals, between 0 and 1. */
    public static double score(double completeness, LocalDate lastVerified, LocalDate today) {
        return Math.round(completeness * freshness(lastVerified, today) * 100) / 100.0;
    }

    /** The share of the given fields that are filled. */
    public static double completeness(Object... fields) {
        long filled = java.util.Arrays.stream(fields)
                .filter(field -> field != null
                        && !(field instanceof String text && text.isBlank())
                        && !(field instanceof java.util.Collection<?> values && values.isEmpty()))
                .count();
        return (double) filled / fields.length;
    }
}
