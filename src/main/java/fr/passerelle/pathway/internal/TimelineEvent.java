package fr.passerelle.pathway.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the pathway's timeline table, before it is told as a step of the project's history. */
record TimelineEvent(
        OffsetDateTime at, TimelineKind kind, String actorName, UUID organisationId, UUID referralId, String detail) {}
