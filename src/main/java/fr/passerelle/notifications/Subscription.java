package fr.passerelle.notifications;

import java.util.UUID;

/**
 * One address's subscription to a module's e-mails (an alert, a newsletter), as its e-mailed links act on it: each
 * module's record of a subscription implements it (see {@link MailingList}).
 */
public interface Subscription {

    UUID id();

    String email();

    /** The secret of the links that stop it. */
    String token();

    boolean confirmed();

    /** False once unsubscribed. */
    boolean active();
}
