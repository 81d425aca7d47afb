package fr.passerelle.events.internal;

import fr.passerelle.common.Vocabulary;

/**
 * Where a registration stands. {@code HELD}: a seat kept until the person confirms their address by the e-mailed link;
 * {@code EXPIRED}: they did not in time, and the seat went back.
 */
public enum RegistrationStatus implements Vocabulary {
    HELD,
    CONFIRMED,
    WAITLISTED,
    PENDING_APPROVAL,
    CANCELLED,
    EXPIRED,
    ATTENDED,
    NO_SHOW;

    @Override
    public String messagePrefix() {
        return "registration.status";
    }

    /** Whether a registration in this state occupies one of the event's seats until the event. */
    public boolean takesSeat() {
        return this == HELD || this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }
}
