package fr.passerelle.people.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.common.privacy.HistoryItem;
import fr.passerelle.common.privacy.PersonScope;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person across the platform, recognised by their address: what every module keeps under it (through its
 * {@link AddressData}), as a history, an export and an erasure. The network's coordinators and administrators only:
 * knowing an address grants nothing to anyone else. A coordinator reaches what their network keeps, the national
 * level all of it ({@link PersonScope}). Every look is written in the journal.
 */
@Service
@RequiredArgsConstructor
public class PersonRecords {

    /** The person's history, oldest first, with how many items each module keeps and the looks at it. */
    /** @param network the network whose part this is, or null for all of it (the national level) */
    public record Person(
            String address,
            List<HistoryItem> history,
            Map<String, Integer> counts,
            List<Lookup> journal,
            Network network) {

        public boolean known() {
            return counts.values().stream().anyMatch(count -> count > 0);
        }
    }

    private static final Comparator<HistoryItem> OLDEST_FIRST =
            Comparator.comparing(HistoryItem::at, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<AddressData> parts;
    private final PeopleJournal journal;
    private final Networks networks;

    /** The person kept under this address (normalised by the caller), as the coordinator sees them; logged. */
    @Transactional
    public Person person(AccountUser user, String address) {
        requireStaff(user);
        Optional<Network> network = network(user);
        PersonScope scope = scope(network);
        journal.record(user, "history", address);
        List<HistoryItem> history = parts.stream()
                .flatMap(part -> part.history(address, scope).stream())
                .sorted(OLDEST_FIRST)
                .toList();
        return new Person(address, history, counts(address, scope), journal.of(address), network.orElse(null));
    }

    /**
     * Everything every module keeps under the address within the user's scope, each module's part under its name, and
     * whose part it is ({@code reseau}); logged.
     */
    @Transactional
    public Map<String, Object> export(AccountUser user, String address) {
        requireStaff(user);
        Optional<Network> network = network(user);
        PersonScope scope = scope(network);
        journal.record(user, "export", address);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("adresse", address);
        export.put("exporte_le", OffsetDateTime.now().toString());
        export.put("reseau", network.map(Network::name).orElse("tous les réseaux"));
        parts.forEach(part -> export.put(part.section(), part.export(address, scope)));
        return export;
    }

    /**
     * Erases what every module keeps under the address, in one transaction, as each module's erasure does it
     * (anonymised where the figures count it); how many items each module held before. Logged.
     */
    @Transactional
    public Map<String, Integer> erase(AccountUser user, String address) {
        requireStaff(user);
        PersonScope scope = scope(network(user));
        Map<String, Integer> before = counts(address, scope);
        parts.forEach(part -> part.erase(address, scope));
        journal.record(user, "erasure", address);
        return before;
    }

    private Map<String, Integer> counts(String address, PersonScope scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        parts.forEach(
                part -> counts.put(part.section(), part.export(address, scope).size()));
        return counts;
    }

    /** The coordinator's network; none for the national level, which reaches every network. */
    private Optional<Network> network(AccountUser user) {
        if (user.national()) {
            return Optional.empty();
        }
        return Optional.of(networks.find(user.networkId())
                .orElseThrow(() -> new AccessDeniedException("A coordinator of no known network")));
    }

    private static PersonScope scope(Optional<Network> network) {
        return network.map(found -> new PersonScope(found.id(), found.regionCodes()))
                .orElse(PersonScope.NATIONAL);
    }

    private static void requireStaff(AccountUser user) {
        if (user == null || !user.networkStaff()) {
            throw new AccessDeniedException("The network's coordinators only");
        }
    }
}
