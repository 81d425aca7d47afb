package fr.passerelle.territory.imports;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The file was refused and nothing changed; the problems are messages of the bundles, meant for the person importing. */
public class ImportRejectedException extends RuntimeException {

    private final List<MessageSourceResolvable> problems;

    ImportRejectedException(List<MessageSourceResolvable> problems) {
        super(String.join(
                ", ", problems.stream().map(problem -> problem.getCodes()[0]).toList()));
        this.problems = List.copyOf(problems);
    }

    ImportRejectedException(String key, Object... arguments) {
        this(List.of(message(key, arguments)));
    }

    static MessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    public List<MessageSourceResolvable> problems() {
        return problems;
    }

    /** The problems as sentences in the given language. */
    public List<String> problems(MessageSource messages, Locale locale) {
        return problems.stream()
                .map(problem -> messages.getMessage(problem, locale))
                .toList();
    }
}
