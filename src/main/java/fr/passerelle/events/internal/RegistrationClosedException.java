package fr.passerelle.events.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Registrations are not taken (not yet open, closed, the event passed or was cancelled): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class RegistrationClosedException extends RuntimeException {

    RegistrationClosedException() {
        super("Les inscriptions à cet événement sont closes.");
    }
}
