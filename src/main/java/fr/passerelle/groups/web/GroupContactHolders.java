package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactHolders;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A working group's contacts are named by those who run the groups: the coordinators. */
@Component
class GroupContactHolders implements ContactHolders {

    private final Groups groups;

    GroupContactHolders(Groups groups) {
        this.groups = groups;
    }

    @Override
    public ContactHolderKind kind() {
        return ContactHolderKind.GROUP;
    }

    @Override
    public Optional<ContactHolder> holder(UUID id) {
        return groups.byId(id).map(group -> new ContactHolder(group.name(), "/groupes/" + group.slug()));
    }

    @Override
    public boolean edits(AccountUser user, UUID id) {
        return groups.coordinates(user) && groups.byId(id).isPresent();
    }

    @Override
    public Optional<UUID> named(String reference) {
        return groups.all().stream()
                .filter(group -> group.slug().equals(reference) || group.name().equals(reference))
                .map(WorkingGroup::id)
                .findFirst();
    }
}
