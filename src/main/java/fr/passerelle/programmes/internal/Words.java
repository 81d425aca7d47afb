package fr.passerelle.programmes.internal;

import java.time.LocalDate;
import org.springframework.context.MessageSourceResolvable;

/**
 * Words a report leaves to whoever writes it out (the page in the reader's language, the documents in French): a
 * message key with its arguments, which may be words themselves, figures already written or texts of the data. A
 * template writes them with {@code #messages.msgWithParams(w.key(), w.arguments())}, Java with a
 * {@code MessageSource}; either resolves the words among the arguments.
 */
public record Words(String key, Object... arguments) implements MessageSourceResolvable {

    /** The message of a key; numbers go as text (a year is no "2 016"). */
    public static Words of(String key, Object... arguments) {
        return new Words(key, arguments);
    }

    /** A text of the data (an action's title, a place), written as it is. */
    public static Words plain(String text) {
        return new Words("report.plain", text);
    }

    /** "19 mai 2016". */
    public static Words day(LocalDate day) {
        return of("report.day", String.valueOf(day.getDayOfMonth()), month(day), String.valueOf(day.getYear()));
    }

    /** "19 mai", when the year goes without saying. */
    static Words dayAndMonth(LocalDate day) {
        return of("report.dayMonth", String.valueOf(day.getDayOfMonth()), month(day));
    }

    private static Words month(LocalDate day) {
        return of("report.month." + day.getMonthValue());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }
}
