package fr.passerelle.notifications;

/** Sends e-mails. Without SMTP settings ({@code spring.mail.host}) they are written to the log instead. */
public interface Notifications {

    /**
     * Sends the e-mail now.
     *
     * @throws NotificationFailedException when the mail server refuses it or cannot be reached
     */
    void send(Email email);
}
