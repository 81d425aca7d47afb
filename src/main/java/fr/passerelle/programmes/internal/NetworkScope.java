package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.Network;
import fr.passerelle.pathway.PathwayIndicators;
import java.util.List;
import java.util.UUID;

/**
 * Whose figures a statistics page or a yearly report shows: one regional network's (its perimeters, the welcome desks
 * of those, the départements of its régions), or the national sums when {@code network} is null.
 */
public record NetworkScope(Network network, List<UUID> perimeters, List<UUID> desks, List<String> departements) {

    /** Every network and what belongs to none: the national level's sums. */
    public static final NetworkScope NATIONAL = new NetworkScope(null, List.of(), List.of(), List.of());

    public boolean national() {
        return network == null;
    }

    /** The network's id, or null for the national sums. */
    public UUID networkId() {
        return national() ? null : network.id();
    }

    /** The network as the pathway counts it; null for the national sums. */
    PathwayIndicators.Network pathway() {
        return national() ? null : new PathwayIndicators.Network(network.id(), departements);
    }
}
