package fr.passerelle.events.internal;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the events' e-mails, in French, and the links in them, on the platform's address. */
@Component
public class EventMailTexts {

    private final MessageSource messages;
    private final String baseUrl;

    EventMailTexts(MessageSource messages, @Value("${passerelle.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    /** The full address of a page of the platform, from its path ({@code /agenda/…}). */
    public String link(String path) {
        return baseUrl + path;
    }
}
