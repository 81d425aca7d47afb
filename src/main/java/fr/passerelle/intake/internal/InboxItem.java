package fr.passerelle.intake.internal;

import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of a welcome desk's inbox. */
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
        String referentName) {}
