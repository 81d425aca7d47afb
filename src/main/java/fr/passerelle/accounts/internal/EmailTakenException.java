package fr.passerelle.accounts.internal;

/** Another user already signs in with this e-mail address. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("This e-mail address already belongs to a user");
    }
}
