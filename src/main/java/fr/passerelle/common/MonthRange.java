package fr.passerelle.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Whole months in Paris time, from {@code first} to {@code last} included: the periods the network's reports
 * count by (a year, a programme's years), and the grain of the counts the database keeps for them.
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "A month range ends on or after its first month: " + first + ", " + last);
        }
    }

    /** The twelve months of a year. */
    public static MonthRange year(int year) {
        return years(year, year);
    }

    /** January of the first year to December of the last. */
    public static MonthRange years(int first, int last) {
        return new MonthRange(YearMonth.of(first, 1), YearMonth.of(last, 12));
    }

    /** The first day of the first month. */
    public LocalDate firstDay() {
        return first.atDay(1);
    }

    /** The day after the last month (excluded). */
    public LocalDate endDay() {
        return last.plusMonths(1).atDay(1);
    }

    /** The range's first instant: midnight in Paris on its first day. */
    public OffsetDateTime from() {
        return firstDay().atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    /** The instant the range ends (excluded): midnight in Paris after its last month. */
    public OffsetDateTime to() {
        return endDay().atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }
}
