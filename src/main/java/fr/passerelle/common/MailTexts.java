package fr.passerelle.common;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of the platform's e-mails, in French from the modules' bundles, and the links in them, on its address. */
@Component
public record MailTexts(MessageSource messages, SiteAddress site) {

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    /** The full address of a page of the platform, from its path ({@code /agenda/…}). */
    public String link(String path) {
        return site.url() + path;
    }
}
