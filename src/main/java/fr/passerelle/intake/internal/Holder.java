package fr.passerelle.intake.internal;

import fr.passerelle.common.HouseholdNeed;
import java.util.List;
import java.util.UUID;

/** A person or a collective with a project, as they described themselves. */
public record Holder(
        UUID id,
        HolderKind kind,
        String name,
        String email,
        String phone,
        String members,
        String currentCommune,
        List<HouseholdNeed> householdNeeds,
        UUID userId) {}
