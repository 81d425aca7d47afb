package fr.passerelle.pathway.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A project sent to an organisation by a referent, and what the organisation did with it. */
public record Referral(
        UUID id,
        UUID projectId,
        UUID organisationId,
        @Schema(nullable = true) UUID schemeId,
        @Schema(nullable = true) String message,
        ReferralStatus status,
        @Schema(nullable = true) UUID sentBy,
        @Schema(nullable = true) String sentByName,
        OffsetDateTime sentAt,
        @Schema(nullable = true) String answeredByName,
        @Schema(nullable = true) OffsetDateTime answeredAt,
        @Schema(nullable = true) String declineReason,
        @Schema(nullable = true) Outcome outcome,
        @Schema(nullable = true) OffsetDateTime closedAt,
        int remindersSent) {}
