package fr.passerelle.programmes.internal;

import java.util.List;
import java.util.UUID;

/**
 * A programme as a coordinator writes it.
 *
 * @param funders funders by name: linked to the directory organisation of that exact name, kept as a name otherwise
 * @param funderIds funders picked from the directory
 */
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
        String description,
        List<UUID> funderIds) {

    public ProgrammeDraft {
        funderIds = funderIds == null ? List.of() : List.copyOf(funderIds);
        funders = funders == null ? List.of() : funders;
    }

    /** A programme whose funders are named (demonstration data, imports). */
    public ProgrammeDraft(
            String name,
            Integer firstYear,
            Integer lastYear,
            UUID leadOrganisationId,
            String team,
            String steeringCommittee,
            String partners,
            List<String> funders,
            List<String> objectives,
            String description) {
        this(
                name,
                firstYear,
                lastYear,
                leadOrganisationId,
                team,
                steeringCommittee,
                partners,
                funders,
                objectives,
                description,
                List.of());
    }
}
