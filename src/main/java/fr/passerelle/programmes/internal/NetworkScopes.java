package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.directory.Directory;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network whose figures a user reads: the national level (administrators) the national sums, or the one network
 * it chooses ({@code reseau}); a coordinator their own network only.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NetworkScopes {

    private final Networks networks;
    private final Territories territories;
    private final Directory directory;

    /**
     * The scope asked for: {@code reseau} (a network's id, blank for none) chosen by the national level; a
     * coordinator's own network whatever they ask.
     *
     * @throws AccessDeniedException for anyone but coordinators and administrators
     * @throws ProgrammeNotFoundException for an unknown network, or another network than a coordinator's own (its
     *     figures are not theirs, as another network's programme or event is not found)
     */
    public NetworkScope of(AccountUser user, String reseau) {
        if (user == null || !user.networkStaff()) {
            throw new AccessDeniedException("Coordinators only");
        }
        Optional<UUID> asked = asked(reseau);
        if (user.national() && asked.isEmpty()) {
            return NetworkScope.NATIONAL;
        }
        UUID network = asked.orElse(user.networkId());
        if (!user.staffOf(network)) {
            throw new ProgrammeNotFoundException(network);
        }
        return network(network);
    }

    /** One network's scope, whoever reads it (for what already belongs to it, such as a programme's report). */
    NetworkScope network(UUID id) {
        return networks.find(id).map(this::scope).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /** The networks the user may choose among: every one for the national level, none for a coordinator. */
    public List<Network> choices(AccountUser user) {
        return user.national() ? networks.all() : List.of();
    }

    private NetworkScope scope(Network network) {
        List<UUID> perimeters = territories.networkPerimeters(network.id(), network.regionCodes());
        List<String> departements = network.regionCodes().stream()
                .flatMap(region -> territories.departementCodes(region).stream())
                .toList();
        return new NetworkScope(network, perimeters, directory.welcomeDesksOf(perimeters), departements);
    }

    /** The network asked for; none when blank; an id that is no identifier is no network (not found). */
    private static Optional<UUID> asked(String reseau) {
        if (reseau == null || reseau.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(reseau.strip()));
        } catch (IllegalArgumentException unreadable) {
            throw new ProgrammeNotFoundException(new UUID(0, 0));
        }
    }
}
