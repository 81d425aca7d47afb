package fr.passerelle.intake.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.privacy.PersonScope;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Where a coordinator acts on holders' files: a regional network covers whole régions, so its coordinators reach the
 * projects aimed at a commune of their régions' départements ({@link IntakeRepository#PROJECT_IN_DEPARTEMENTS}); the
 * national level (administrators) reaches every project, said by null, and hears of the requests no network's régions
 * hold.
 */
@Component
@RequiredArgsConstructor
public class CoordinatorReach {

    private final Networks networks;
    private final Territories territories;
    private final Accounts accounts;
    private final IntakeRepository repository;

    /** The départements of the user's network; null for the national level; none for anyone else. */
    public String[] departements(AccountUser user) {
        if (user == null || !user.networkStaff()) {
            return new String[0];
        }
        if (user.national()) {
            return null;
        }
        return networks.find(user.networkId())
                .map(network -> of(network.regionCodes()))
                .orElseGet(() -> new String[0]);
    }

    /** The départements of a scope's network; null for the national level. */
    public String[] departements(PersonScope scope) {
        return scope.national() ? null : of(scope.regionCodes());
    }

    /** Whether the user coordinates the project: a network's coordinators for the projects aimed at their régions. */
    public boolean coordinates(AccountUser user, UUID projectId) {
        return user != null && user.networkStaff() && repository.projectIn(projectId, departements(user));
    }

    /**
     * Who hears of a request that no desk takes: the active coordinators of the networks whose régions the request's
     * project aims at; the administrators (the national level) where no network covers them.
     */
    public List<UserAccount> coordinatorsOf(UUID requestId) {
        UUID project = repository.request(requestId).orElseThrow().projectId();
        Set<UUID> reaching = networks.all().stream()
                .filter(network -> repository.projectIn(project, of(network.regionCodes())))
                .map(Network::id)
                .collect(Collectors.toSet());
        List<UserAccount> coordinators = accounts.activeWithRole(Role.COORDINATOR).stream()
                .filter(coordinator -> reaching.contains(networks.networkOf(coordinator.id())))
                .toList();
        return coordinators.isEmpty() ? accounts.activeWithRole(Role.ADMINISTRATOR) : coordinators;
    }

    private String[] of(List<String> regionCodes) {
        return regionCodes.stream()
                .flatMap(region -> territories.departementCodes(region).stream())
                .toArray(String[]::new);
    }
}
