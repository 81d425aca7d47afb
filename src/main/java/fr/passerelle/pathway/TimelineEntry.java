package fr.passerelle.pathway;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a project's history. */
public record TimelineEntry(
        OffsetDateTime at, TimelineKind kind, String actorName, UUID organisationId, UUID referralId, String detail) {}
