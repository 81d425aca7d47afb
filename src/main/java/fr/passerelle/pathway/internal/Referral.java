package fr.passerelle.pathway.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A project sent to an organisation by a referent, and what the organisation did with it. */
public record Referral(
        UUID id,
        UUID projectId,
        UUID organisationId,
        UUID schemeId,
        String message,
        ReferralStatus status,
        UUID sentBy,
        String sentByName,
        OffsetDateTime sentAt,
        String answeredByName,
        OffsetDateTime answeredAt,
        String declineReason,
        Outcome outcome,
        OffsetDateTime closedAt,
        int remindersSent) {}
