package fr.passerelle.events;

import fr.passerelle.common.Vocabulary;

/** Where a registration stands. */
public enum RegistrationStatus implements Vocabulary {
    CONFIRMED,
    WAITLISTED,
    PENDING_APPROVAL,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    @Override
    public String messagePrefix() {
        return "registration.status";
    }
}
