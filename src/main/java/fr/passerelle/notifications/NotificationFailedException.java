package fr.passerelle.notifications;

/** An e-mail could not be handed to the mail server. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
