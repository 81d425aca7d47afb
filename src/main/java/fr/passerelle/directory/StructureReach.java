package fr.passerelle.directory;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.Texts;
import fr.passerelle.directory.internal.EntryStatus;
import fr.passerelle.directory.internal.OrganisationRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears for a structure of the directory: the one rule that welcome requests, referrals and their reminders
 * follow, so that nothing sent to a structure without members is lost.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StructureReach {

    private final OrganisationRepository organisations;
    private final Accounts accounts;

    /** How the published structure is reached; empty when it is not (or no longer) in the public directory. */
    public Optional<Reach> of(UUID organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return organisations
                .find(organisationId)
                .filter(organisation -> organisation.status() == EntryStatus.PUBLISHED)
                .map(organisation -> reach(organisation, accounts.activeMembers(Set.of(organisation.id()))));
    }

    /** How each of these organisations is reached, in their order, with one read of their members. */
    public List<Reach> of(List<Organisation> organisations) {
        Map<UUID, List<UserAccount>> members = new HashMap<>();
        accounts.activeMembers(organisations.stream().map(Organisation::id).toList())
                .forEach(member -> member.organisationIds()
                        .forEach(id -> members.computeIfAbsent(id, key -> new ArrayList<>())
                                .add(member)));
        return organisations.stream()
                .map(organisation -> reach(organisation, members.getOrDefault(organisation.id(), List.of())))
                .toList();
    }

    private static Reach reach(Organisation organisation, List<UserAccount> members) {
        return new Reach(organisation.id(), organisation.name(), members, Texts.blankToNull(organisation.email()));
    }
}
