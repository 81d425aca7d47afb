package fr.passerelle.directory.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Networks;
import fr.passerelle.territory.Territories;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who acts as a coordinator for a structure: the national level for every one; a network's coordinators for those
 * whose coverage meets their network's territory or is the whole country, since a coordinator acts only in their
 * network. The one rule behind {@code Directory.coordinates}, the moderation queue and the decisions on requests to
 * join a structure.
 */
@Component
@RequiredArgsConstructor
public class StructureCoordinators {

    private final Networks networks;
    private final OrganisationRepository organisations;
    private final CoverageChanges coverageChanges;
    private final Territories territories;

    /** Whether the user coordinates the structure by the coverage a coordinator approved. */
    public boolean coordinates(AccountUser user, UUID organisationId) {
        if (national(user)) {
            return true;
        }
        return organisations
                .find(organisationId)
                .map(organisation -> reaches(user, organisation.coverage()))
                .orElse(false);
    }

    /**
     * Whether the user decides on what waits for the structure (its proposal, a change of its coverage, an error
     * reported on it): its coordinators by the coverage approved or proposed, so that a proposed structure, which has
     * no approved coverage yet, and a structure asking to work in another network's territory reach the coordinators
     * of the territory they ask for.
     */
    public boolean moderates(AccountUser user, UUID organisationId) {
        if (national(user)) {
            return true;
        }
        return organisations
                .find(organisationId)
                .map(organisation -> {
                    Set<UUID> coverage = new LinkedHashSet<>(organisation.coverage());
                    coverage.addAll(coverageChanges.waiting(organisationId));
                    return reaches(user, coverage);
                })
                .orElse(false);
    }

    /** Whether a coverage lies, at least in part, in the user's network or is the whole country; any, nationally. */
    public boolean reaches(AccountUser user, Collection<UUID> coverage) {
        if (user == null || !user.networkStaff()) {
            return false;
        }
        if (national(user)) {
            return true;
        }
        return networks.find(user.networkId())
                .map(network -> territories.meetNetwork(coverage, network.id(), network.regionCodes()))
                .orElse(false);
    }

    private static boolean national(AccountUser user) {
        return user != null && user.networkStaff() && user.national();
    }
}
