package fr.passerelle.people.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.common.privacy.HistoryItem;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person across the platform, recognised by their address: what every module keeps under it (through its
 * {@link AddressData}), as a history, an export and an erasure. The network's coordinators and administrators only:
 * knowing an address grants nothing to anyone else. Every look is written in the journal.
 */
@Service
public class PersonRecords {

    /** The person's history, oldest first, with how many items each module keeps and the looks at it. */
    public record Person(String address, List<HistoryItem> history, Map<String, Integer> counts, List<Lookup> journal) {

        public boolean known() {
            return counts.values().stream().anyMatch(count -> count > 0);
        }
    }

    private static final Comparator<HistoryItem> OLDEST_FIRST =
            Comparator.comparing(HistoryItem::at, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<AddressData> parts;
    private final PeopleJournal journal;

    PersonRecords(List<AddressData> parts, PeopleJournal journal) {
        this.parts = parts;
        this.journal = journal;
    }

    /** The person kept under this address (normalised by the caller), as the coordinator sees them; logged. */
    @Transactional
    public Person person(AccountUser user, String address) {
        requireStaff(user);
        journal.record(user, "history", address);
        List<HistoryItem> history = parts.stream()
                .flatMap(part -> part.history(address).stream())
                .sorted(OLDEST_FIRST)
                .toList();
        return new Person(address, history, counts(address), journal.of(address));
    }

    /** Everything every module keeps under the address, each module's part under its name; logged. */
    @Transactional
    public Map<String, Object> export(AccountUser user, String address) {
        requireStaff(user);
        journal.record(user, "export", address);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("adresse", address);
        export.put("exporte_le", OffsetDateTime.now().toString());
        parts.forEach(part -> export.put(part.section(), part.export(address)));
        return export;
    }

    /**
     * Erases what every module keeps under the address, in one transaction, as each module's erasure does it
     * (anonymised where the figures count it); how many items each module held before. Logged.
     */
    @Transactional
    public Map<String, Integer> erase(AccountUser user, String address) {
        requireStaff(user);
        Map<String, Integer> before = counts(address);
        parts.forEach(part -> part.erase(address));
        journal.record(user, "erasure", address);
        return before;
    }

    private Map<String, Integer> counts(String address) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        parts.forEach(part -> counts.put(part.section(), part.export(address).size()));
        return counts;
    }

    private static void requireStaff(AccountUser user) {
        if (user == null || !user.networkStaff()) {
            throw new AccessDeniedException("The network's coordinators only");
        }
    }
}
