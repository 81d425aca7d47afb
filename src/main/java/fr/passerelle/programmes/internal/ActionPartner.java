package fr.passerelle.programmes.internal;

import java.util.UUID;

/**
 * A partner of an action: an organisation of the directory and its role; a speaking partner may name its speaker.
 *
 * @param speakerName the person who speaks, null when none is named
 */
public record ActionPartner(
        UUID id,
        UUID actionId,
        UUID organisationId,
        String organisation,
        PartnerRole role,
        String speakerName,
        String speakerFunction) {}
