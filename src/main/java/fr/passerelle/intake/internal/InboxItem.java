package fr.passerelle.intake.internal;

import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of a welcome desk's inbox (or the coordinators'). */
public record InboxItem(
        UUID id,
        String reference,
        OffsetDateTime createdAt,
        IntakeChannel channel,
        HolderKind holderKind,
        String holderName,
        String projectTitle,
        ProjectStage stage,
        String firstCommune,
        String referentName,
        UUID deskOrganisationId) {

    /** Whether a desk had it and nobody took it in time: the coordinators see it, to make sure someone does. */
    public boolean untakenByItsDesk() {
        return deskOrganisationId != null && referentName == null;
    }
}
