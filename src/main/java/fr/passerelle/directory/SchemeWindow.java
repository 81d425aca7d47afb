package fr.passerelle.directory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days one can apply to a scheme, as they stand on a given day: the window in force or the next one. A recurring
 * ("every year") window moves on by whole years once it has ended, the same day and month (29 February falls on the
 * 28th in other years); a deadline's window does not come back. The database decides the same with its function
 * {@code scheme_open_on} (migration V78), so that orientation, the directory and the scheme page agree.
 *
 * @param opensOn the first day, null when the scheme has been open since it was recorded
 * @param closesOn the last day, null when no end is known
 */
public record SchemeWindow(LocalDate opensOn, LocalDate closesOn) {

    /** The window in force on that day or the next one; empty when the scheme is always open or closed for good. */
    public static Optional<SchemeWindow> on(
            SchemeCalendar calendar, LocalDate opensOn, LocalDate closesOn, LocalDate day) {
        if (calendar == SchemeCalendar.ALWAYS || (opensOn == null && closesOn == null)) {
            return Optional.empty();
        }
        if (calendar == SchemeCalendar.RECURRING && opensOn != null && closesOn != null) {
            long years = yearsToReach(closesOn, day);
            return Optional.of(new SchemeWindow(opensOn.plusYears(years), closesOn.plusYears(years)));
        }
        if (closesOn != null && closesOn.isBefore(day)) {
            return Optional.empty();
        }
        return Optional.of(new SchemeWindow(opensOn, closesOn));
    }

    /** Whether the window holds that day. */
    public boolean holds(LocalDate day) {
        return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
    }

    /** The whole years a window ending on {@code closesOn} moves on so as to end on or after the day. */
    private static long yearsToReach(LocalDate closesOn, LocalDate day) {
        long years = Math.max(0, day.getYear() - closesOn.getYear());
        if (closesOn.plusYears(years).isBefore(day)) {
            years++;
        }
        return years;
    }
}
