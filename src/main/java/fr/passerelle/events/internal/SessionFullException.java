package fr.passerelle.events.internal;

import fr.passerelle.events.Event;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A session chosen has no place left, where the registration asked for places only (partners' sites): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class SessionFullException extends RuntimeException {

    private final transient Event.Slot session;

    SessionFullException(Event.Slot session) {
        super("La séance choisie est complète.");
        this.session = session;
    }

    /** The first full session among those chosen. */
    public Event.Slot session() {
        return session;
    }
}
