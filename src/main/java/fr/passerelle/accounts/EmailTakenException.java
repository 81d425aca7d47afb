package fr.passerelle.accounts;

/** Another user already signs in with this e-mail address. */
public class EmailTakenException extends RuntimeException {

    EmailTakenException() {
        super("This e-mail address already belongs to a user");
    }
}
