package fr.passerelle.testing;

import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The e-mails a module test's context would have sent, kept instead of sent: module tests read what their listeners
 * wrote without a mail server. Import {@link Configuration} to use it.
 */
public final class SentEmails implements Notifications {

    private final List<Email> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Email email) {
        sent.add(email);
    }

    /** The e-mails sent to that address so far, oldest first. */
    public List<Email> to(String address) {
        return sent.stream().filter(email -> email.to().equals(address)).toList();
    }

    /** Puts the kept e-mails in the place of the context's notifications. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        SentEmails sentEmails() {
            return new SentEmails();
        }
    }
}
