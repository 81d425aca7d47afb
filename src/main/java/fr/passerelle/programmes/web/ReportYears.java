package fr.passerelle.programmes.web;

import fr.passerelle.common.Paris;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.ui.Model;

/** The years a yearly report or the statistics may be asked for: from the network's first here to this one. */
final class ReportYears {

    static final int FIRST = 2016;

    private ReportYears() {}

    /** Every year one may choose, latest first. */
    static List<Integer> latestFirst() {
        return IntStream.rangeClosed(FIRST, thisYear())
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The year typed, if it is one of them. */
    static Optional<Integer> of(String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(typed.strip());
        return year >= FIRST && year <= thisYear() ? Optional.of(year) : Optional.empty();
    }

    /** The year typed if it is one of them, else this year. */
    static int orThisYear(String typed) {
        return of(typed).orElseGet(ReportYears::thisYear);
    }

    /**
     * The year typed if it is one of them, else this year; the page learns whether what was typed was wrong, and the
     * years it may offer.
     */
    static int shown(String typed, Model model) {
        model.addAttribute("wrongYear", wrong(typed));
        model.addAttribute("years", latestFirst());
        return orThisYear(typed);
    }

    /** Whether something was typed that is not one of them. */
    static boolean wrong(String typed) {
        return typed != null && !typed.isBlank() && of(typed).isEmpty();
    }

    static int thisYear() {
        return Paris.today().getYear();
    }
}
