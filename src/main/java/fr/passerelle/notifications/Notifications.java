package fr.passerelle.notifications;

import java.util.List;
import org.slf4j.LoggerFactory;

/** Sends e-mails. Without SMTP settings ({@code spring.mail.host}) they are written to the log instead. */
public interface Notifications {

    /**
     * Sends the e-mail now.
     *
     * @throws NotificationFailedException when the mail server refuses it or cannot be reached
     */
    void send(Email email);

    /**
     * Sends each e-mail now, going on with the next when one fails (the failure is written to the log), for the jobs
     * that mail many people. False when not one could go (as when the mail server is down), so the job tries later.
     */
    default boolean sendEach(List<Email> emails) {
        int sent = 0;
        for (Email email : emails) {
            try {
                send(email);
                sent++;
            } catch (NotificationFailedException failed) {
                LoggerFactory.getLogger(Notifications.class)
                        .warn("{}, going on with the next e-mail: {}", failed.getMessage(), failed.getCause());
            }
        }
        return sent > 0 || emails.isEmpty();
    }
}
