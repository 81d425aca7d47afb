package fr.passerelle.directory.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The problems of an import, worded in the language of the person importing. */
@Component
record ImportMessages(MessageSource messages) {
    ImportProblem problem(int line, String column, String value, String key, Object... arguments) {
        return new ImportProblem(line, column, value, text(key, arguments));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
