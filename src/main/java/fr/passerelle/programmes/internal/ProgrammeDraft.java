package fr.passerelle.programmes.internal;

import java.util.List;
import java.util.UUID;

/** A programme as a coordinator writes it. */
public record ProgrammeDraft(
        String name,
        Integer firstYear,
        Integer lastYear,
        UUID leadOrganisationId,
        String team,
        String steeringCommittee,
        String partners,
        List<String> funders,
        List<String> objectives,
        String description) {}
