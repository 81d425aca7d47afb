package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of the accounts module, written from the message bundles in the person's language. */
@Component
public record AccountMails(Notifications notifications, MessageSource messages, SiteAddress site) {

    public void invitation(UserAccount user, String token, Locale locale) {
        send(user.email(), "mail.invitation", locale, user.displayName(), link("/invitation?jeton=", token));
    }

    public void passwordReset(UserAccount user, String token, Locale locale) {
        send(
                user.email(),
                "mail.passwordReset",
                locale,
                user.displayName(),
                link("/mot-de-passe/nouveau?jeton=", token));
    }

    void magicLink(String email, String displayName, String token, Locale locale) {
        send(email, "mail.magicLink", locale, displayName, signInLink(token));
    }

    /** The address of the page that signs a project holder in with this single-use token. */
    public String signInLink(String token) {
        return link("/connexion/lien/valider?token=", token);
    }

    private void send(String to, String key, Locale locale, Object... arguments) {
        String subject = messages.getMessage(key + ".subject", null, locale);
        String body = messages.getMessage(key + ".body", arguments, locale);
        notifications.send(new Email(to, subject, body));
    }

    private String link(String path, String token) {
        return site.url() + path + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
