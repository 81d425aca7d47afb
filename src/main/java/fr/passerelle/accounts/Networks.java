package fr.passerelle.accounts;

import fr.passerelle.accounts.internal.NetworkRepository;
import fr.passerelle.accounts.internal.UserRepository;
import fr.passerelle.common.Breach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional networks sharing the platform: administrators create them and say which network each coordinator works
 * for; the other modules keep a network's programmes, events and perimeters through {@link AccountUser#staffOf(UUID)}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Networks {

    /** The demonstration's second network, beside Cap Rural (created by the accounts' demonstration data). */
    public static final String DEMO_SECOND = "Réseau rural Bourgogne-Franche-Comté";

    private final NetworkRepository networks;
    private final UserRepository users;

    public List<Network> all() {
        return networks.all();
    }

    public Optional<Network> find(UUID id) {
        return networks.find(id);
    }

    /** The networks the user may read the figures of: every one for the national level, else their own. */
    public List<Network> readableBy(AccountUser user) {
        return all().stream().filter(network -> user.staffOf(network.id())).toList();
    }

    /**
     * The demonstration's second network, which the modules' demonstration data give a territory, a coordinator, an
     * event and a programme; empty where the demonstration data did not create it.
     */
    public Optional<Network> demoSecond() {
        return all().stream()
                .filter(network -> network.name().equals(DEMO_SECOND))
                .findFirst();
    }

    /** The network a user works for. */
    public UUID networkOf(UUID userId) {
        return networks.networkOf(userId);
    }

    /**
     * Creates a network covering these regions.
     *
     * @throws NetworkRejectedException listing every rule the network breaks
     * @throws AccessDeniedException for anyone but administrators
     */
    @Transactional
    public UUID create(AccountUser user, String name, List<String> regionCodes) {
        requireAdministrator(user);
        check(name, regionCodes);
        return networks.create(name.strip(), regionCodes.stream().distinct().toList())
                .orElseThrow(() -> new NetworkRejectedException(List.of(new Breach("name", "network.name.taken"))));
    }

    /**
     * Checks a network without creating it, so that a form shows every problem at once.
     *
     * @throws NetworkRejectedException listing every rule the network breaks
     */
    public void check(String name, List<String> regionCodes) {
        List<Breach> breaches = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() < 2 || trimmed.length() > 120) {
            breaches.add(new Breach("name", "network.name.length"));
        } else if (networks.nameTaken(trimmed)) {
            breaches.add(new Breach("name", "network.name.taken"));
        }
        List<String> codes = regionCodes == null
                ? List.of()
                : regionCodes.stream().distinct().toList();
        if (codes.isEmpty()) {
            breaches.add(new Breach("regionCodes", "network.regions.required"));
        } else if (!codes.stream().allMatch(Regions::known)) {
            breaches.add(new Breach("regionCodes", "network.regions.unknown"));
        }
        if (!breaches.isEmpty()) {
            throw new NetworkRejectedException(breaches);
        }
    }

    /**
     * Says which network a user works for; their open sessions end, as they kept the network they opened with.
     *
     * @throws NetworkRejectedException when there is no such network
     */
    @Transactional
    public void assign(AccountUser administrator, UUID userId, UUID networkId) {
        requireAdministrator(administrator);
        if (networkId == null || networks.find(networkId).isEmpty()) {
            throw new NetworkRejectedException(List.of(new Breach("networkId", "network.unknown")));
        }
        if (!networkId.equals(networks.networkOf(userId))) {
            networks.assign(userId, networkId);
            users.endSessions(userId);
        }
    }

    /** Places a user in a network with no check (demonstration data). */
    @Transactional
    public void place(UUID userId, UUID networkId) {
        networks.assign(userId, networkId);
    }

    private static void requireAdministrator(AccountUser user) {
        if (user == null || !user.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Administrators only");
        }
    }
}
