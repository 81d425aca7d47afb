package fr.passerelle.directory.web;

import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A recurring scheme's session as its page says it, in force or next, its days in words: "du 1er mars au 30 avril
 * 2027" (the year once when both days fall in it).
 */
record SchemeSession(boolean current, String from, String to) {

    static Optional<SchemeSession> of(Scheme scheme, LocalDate today, Locale locale) {
        if (scheme.calendar() != SchemeCalendar.RECURRING) {
            return Optional.empty();
        }
        return scheme.window(today)
                .filter(window -> window.opensOn() != null && window.closesOn() != null)
                .map(window -> new SchemeSession(
                        window.holds(today),
                        day(
                                window.opensOn(),
                                window.opensOn().getYear() != window.closesOn().getYear(),
                                locale),
                        day(window.closesOn(), true, locale)));
    }

    private static String day(LocalDate date, boolean withYear, Locale locale) {
        String text = DateTimeFormatter.ofPattern(withYear ? "d MMMM uuuu" : "d MMMM", locale)
                .format(date);
        // The French write the first of the month "1er".
        return locale.getLanguage().equals("fr") && date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
