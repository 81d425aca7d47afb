package fr.passerelle.programmes.web;

import java.util.Optional;
import org.springframework.validation.BindingResult;

/**
 * The years the public figures cover, as typed: from ({@code de}) and to ({@code a}), each a year from the network's
 * first here to this one. Wrong years are said beside their field and the last five years shown instead.
 */
record PeriodForm(String de, String a) {

    /** How many years are shown when none (or a wrong one) is asked for. */
    static final int YEARS_SHOWN = 5;

    /** The period chosen: the years asked when both are right, else the last five years. */
    record Period(int first, int last) {}

    /** Checks the years typed, each wrong one beside its field, and gives the period to show. */
    Period check(BindingResult errors) {
        Optional<Integer> from = year("de", de, errors);
        Optional<Integer> to = year("a", a, errors);
        int thisYear = ReportYears.thisYear();
        Period usual = new Period(Math.max(ReportYears.FIRST, thisYear - YEARS_SHOWN + 1), thisYear);
        if (errors.hasErrors()) {
            return usual;
        }
        int first = from.orElse(Math.min(usual.first(), to.orElse(thisYear)));
        int last = to.orElse(thisYear);
        if (first > last) {
            errors.rejectValue("a", "publicStatistics.wrongOrder", new Object[] {String.valueOf(first)}, null);
            return usual;
        }
        return new Period(first, last);
    }

    private static Optional<Integer> year(String field, String typed, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<Integer> year = ReportYears.of(typed);
        if (year.isEmpty()) {
            errors.rejectValue(
                    field,
                    "publicStatistics.wrongYear",
                    new Object[] {String.valueOf(ReportYears.FIRST), String.valueOf(ReportYears.thisYear())},
                    null);
        }
        return year;
    }
}
