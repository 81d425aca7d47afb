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
     * @param searched one more funder searched in the directory with the organisation picker: the name typed, and the
     *     id of the organisation chosen among its suggestions (null when none was); both null when nothing was searched
     */
    public record Funders(List<String> named, List<UUID> picked, String searched, UUID chosen) {

        public Funders {
            named = named == null ? List.of() : named;
            picked = picked == null ? List.of() : List.copyOf(picked);
        }

        /** Funders named and picked, none searched. */
        public Funders(List<String> named, List<UUID> picked) {
            this(named, picked, null, null);
        }

        /** Whether a funder was searched with the organisation picker. */
        boolean anySearched() {
            return chosen != null || (searched != null && !searched.isBlank());
        }

        /** Funders known by their names alone (demonstration data, imports). */
        public static Funders named(List<String> names) {
            return new Funders(names, List.of());
        }
    }
}
