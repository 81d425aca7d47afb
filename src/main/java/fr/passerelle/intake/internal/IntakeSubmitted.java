package fr.passerelle.intake.internal;

import java.util.UUID;

/**
 * A request reached the network: the holder gets their confirmation, the desk (or the coordinators) a notice.
 *
 * @param holderEmail where the holder's confirmation goes; null for a person welcomed at a desk who gave none
 * @param holderUserId the holder's account, to sign in by link; null when the address cannot have one, or while
 *     that account has to confirm the request
 * @param unconfirmedHolderId the holder waiting for the address's account to confirm the request; null when none
 * @param deskOrganisationId the welcome desk it went to; null when it went to the network's coordinators
 */
public record IntakeSubmitted(
        UUID requestId,
        String reference,
        String holderName,
        String holderEmail,
        UUID holderUserId,
        String projectTitle,
        UUID deskOrganisationId,
        String deskName,
        UUID unconfirmedHolderId) {}
