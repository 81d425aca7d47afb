package fr.passerelle.common.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Whose part of a person's records a coordinator reads, exports and erases. The national level (the platform's
 * administrators) reaches all of it. A regional network's coordinators reach what belongs to their network: the
 * registrations and stand contacts of its events, the requests to join its working groups, the holders' files whose
 * projects aim at communes of its régions. What belongs to no network (the newsletter, alerts, the directory's
 * contributions and claims, thematic contacts, the platform's own counts) is the national level's.
 *
 * @param network the network, or null for the national level
 * @param regionCodes the INSEE codes of that network's régions
 */
public record PersonScope(UUID network, List<String> regionCodes) {

    public static final PersonScope NATIONAL = new PersonScope(null, List.of());

    public PersonScope {
        regionCodes = List.copyOf(regionCodes);
    }

    public boolean national() {
        return network == null;
    }

    /**
     * The SQL condition that keeps a row whose network is in {@code column} within the scope's network
     * {@code :network}, every row for the national level (null).
     */
    public static String networkIs(String column) {
        return "(cast(:network as uuid) is null or " + column + " = cast(:network as uuid))";
    }
}
