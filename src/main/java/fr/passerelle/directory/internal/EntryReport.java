package fr.passerelle.directory.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An error reported by a visitor about an organisation or one of its schemes. */
public record EntryReport(
        long id,
        UUID organisationId,
        String organisationName,
        UUID schemeId,
        String schemeName,
        String message,
        String reporterEmail,
        OffsetDateTime createdAt) {}
