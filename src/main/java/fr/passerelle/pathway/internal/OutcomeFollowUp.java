package fr.passerelle.pathway.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A question about what became of a project, asked to the structure that accompanied it, and its answer. */
public record OutcomeFollowUp(
        UUID id,
        UUID referralId,
        UUID projectId,
        UUID organisationId,
        Milestone milestone,
        LocalDate dueOn,
        OffsetDateTime askedAt,
        OffsetDateTime answeredAt,
        String answeredByName,
        FollowUpAnswer answer,
        String communeCode,
        LocalDate installedOn,
        Integer jobs,
        String comment) {

    public boolean answered() {
        return answeredAt != null;
    }
}
