package fr.passerelle.intake.internal;

import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import java.util.List;
import java.util.UUID;

/** A project, from the idea on: what, how far, what it needs and where. */
public record Project(
        UUID id,
        UUID holderId,
        String title,
        String description,
        ProjectKind kind,
        ProjectStage stage,
        List<Sector> sectors,
        boolean ess,
        List<Need> needs,
        TargetScope targetScope,
        List<String> targetCommunes,
        java.time.OffsetDateTime createdAt) {}
