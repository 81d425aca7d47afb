package fr.passerelle.programmes.internal;

import java.util.List;
import java.util.UUID;

/**
 * A programme as a coordinator writes it: its name, years and lead organisation, what it says of itself, and its
 * funders.
 */
public record ProgrammeDraft(
        String name,
        Integer firstYear,
        Integer lastYear,
        UUID leadOrganisationId,
        Presentation presentation,
        Funders funders) {

    /** What the programme says of itself: who runs it (team, steering committee, partners), its aims, its story. */
    public record Presentation(
            String team, String steeringCommittee, String partners, List<String> objectives, String description) {}

    /**
     * The programme's funders.
     *
     * @param named funders by name: linked to the directory organisation of that exact name, kept as a name otherwise
     * @param picked funders picked from the directory
     */
    public record Funders(List<String> named, List<UUID> picked) {

        public Funders {
            named = named == null ? List.of() : named;
            picked = picked == null ? List.of() : List.copyOf(picked);
        }

        /** Funders known by their names alone (demonstration data, imports). */
        public static Funders named(List<String> names) {
            return new Funders(names, List.of());
        }
    }
}
