package fr.passerelle.directory.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to join a structure's entry, as coordinators review it. */
public record OrganisationClaim(
        UUID id,
        UUID organisationId,
        String organisationName,
        String name,
        String email,
        String jobTitle,
        String siret,
        String message,
        String status,
        OffsetDateTime confirmedAt,
        String refusalReason) {}
