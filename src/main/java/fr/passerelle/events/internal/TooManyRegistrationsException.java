package fr.passerelle.events.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Too many registrations from one address within the hour (the limit is {@code passerelle.events.registrations-per-hour}): 429. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyRegistrationsException extends RuntimeException {

    TooManyRegistrationsException() {
        super("Trop d’inscriptions depuis cette adresse en une heure : réessayez plus tard.");
    }
}
