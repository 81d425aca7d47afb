package fr.passerelle.accounts.internal;

/** Another user already signs in with this e-mail address. */
public class EmailTakenException extends AccountRejectedException {

    public EmailTakenException() {
        super("email", "email.taken");
    }
}
