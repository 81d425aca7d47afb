package fr.passerelle.directory.internal;

import java.util.UUID;

/**
 * A step of a request to join a structure's entry that someone must hear of: the person asked (they confirm their
 * address), confirmed it (the coordinators review it), or a coordinator decided (the person hears why).
 */
public record ClaimEvent(UUID claimId, Step step) {

    public enum Step {
        ASKED,
        CONFIRMED,
        APPROVED,
        REFUSED
    }
}
