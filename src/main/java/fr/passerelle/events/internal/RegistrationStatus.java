package fr.passerelle.events.internal;

import fr.passerelle.common.Vocabulary;

/**
 * Where a registration stands. {@code HELD}: a seat kept until the person confirms their address by the e-mailed link;
 * {@code EXPIRED}: they did not in time, and the seat went back; {@code REFUSED}: the organisers refused it.
 */
public enum RegistrationStatus implements Vocabulary {
    HELD,
    CONFIRMED,
    WAITLISTED,
    PENDING_APPROVAL,
    REFUSED,
    CANCELLED,
    EXPIRED,
    ATTENDED,
    NO_SHOW;

    @Override
    public String messagePrefix() {
        return "registration.status";
    }

    /** Whether its person may still cancel it: it holds or waits for a place, or waits for approval. */
    public boolean cancellable() {
        return this == HELD || this == CONFIRMED || this == WAITLISTED || this == PENDING_APPROVAL;
    }

    /** Whether a registration in this state occupies one of the event's seats until the event. */
    public boolean takesSeat() {
        return this == HELD || this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }
}
