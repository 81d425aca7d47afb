package fr.passerelle.directory.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Networks;
import fr.passerelle.territory.Territories;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who acts as a coordinator for a structure: the national level for every one; a network's coordinators for those
 * whose coverage meets their network's territory or is the whole country, since a coordinator acts only in their
 * network. The one rule behind {@code Directory.coordinates} and the decisions on requests to join a structure.
 */
@Component
public class StructureCoordinators {

    private final Networks networks;
    private final OrganisationRepository organisations;
    private final Territories territories;

    StructureCoordinators(Networks networks, OrganisationRepository organisations, Territories territories) {
        this.networks = networks;
        this.organisations = organisations;
        this.territories = territories;
    }

    public boolean coordinates(AccountUser user, UUID organisationId) {
        if (user == null || !user.networkStaff()) {
            return false;
        }
        if (user.national()) {
            return true;
        }
        return networks.find(user.networkId())
                .flatMap(network -> organisations
                        .find(organisationId)
                        .map(organisation ->
                                territories.meetNetwork(organisation.coverage(), network.id(), network.regionCodes())))
                .orElse(false);
    }
}
