package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.util.List;
import java.util.UUID;

/** A cost of an action (a stand's rental, its furniture) and the territories' shares of it. */
public record ActionCost(UUID id, UUID actionId, String label, Euros amount, List<Share> shares) {

    /** A territory's share of a cost. */
    public record Share(UUID territoryId, String territoryName, Euros amount) {}

    public Euros shared() {
        return shares.stream().map(Share::amount).reduce(Euros.ZERO, Euros::plus);
    }

    /** What no territory takes on (the network's own part). */
    public Euros unshared() {
        return amount.minus(shared());
    }
}
