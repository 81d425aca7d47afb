package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.util.UUID;

/**
 * A funder of a programme and its share: a directory organisation (or, for a name migrated that no organisation bore,
 * that name alone), what was requested from it, what it granted (null until it decides) and what it paid.
 */
public record Funder(
        UUID id, UUID programmeId, UUID organisationId, String name, Euros requested, Euros granted, Euros paid) {

    /** What was granted and is still to be paid. */
    public Euros toBePaid() {
        return granted == null ? Euros.ZERO : granted.minus(paid);
    }
}
