package fr.passerelle.programmes.internal;

import fr.passerelle.common.Euros;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An action's costs and how they are shared: the section « cost and each territory's share » of the action's report.
 *
 * @param territories the action's territories (a stand's), which may take a share, by name
 */
public record ActionCosts(UUID actionId, List<ActionCost> costs, List<Territory> territories) {

    /** A territory of the action. */
    public record Territory(UUID id, String name) {}

    /** A territory's share of every cost together. */
    public record TerritoryTotal(UUID id, String name, Euros amount) {}

    public Euros total() {
        return costs.stream().map(ActionCost::amount).reduce(Euros.ZERO, Euros::plus);
    }

    public Euros unshared() {
        return costs.stream().map(ActionCost::unshared).reduce(Euros.ZERO, Euros::plus);
    }

    /** Each territory of the action with its share of all the costs, in the order of the territories. */
    public List<TerritoryTotal> byTerritory() {
        Map<UUID, Euros> totals = new LinkedHashMap<>();
        territories.forEach(territory -> totals.put(territory.id(), Euros.ZERO));
        costs.forEach(
                cost -> cost.shares().forEach(share -> totals.merge(share.territoryId(), share.amount(), Euros::plus)));
        return territories.stream()
                .map(territory -> new TerritoryTotal(territory.id(), territory.name(), totals.get(territory.id())))
                .toList();
    }

    public boolean empty() {
        return costs.isEmpty();
    }
}
