package fr.passerelle.groups.web;

import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.DeclaredContactHolders;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import org.springframework.stereotype.Component;

/** A working group's contacts are named by those who run it: its network's coordinators. */
@Component
class GroupContactHolders extends DeclaredContactHolders {

    GroupContactHolders(Groups groups) {
        super(
                ContactHolderKind.GROUP,
                id -> groups.byId(id).map(group -> new ContactHolder(group.name(), "/groupes/" + group.slug())),
                (user, id) -> groups.byId(id)
                        .map(group -> groups.coordinates(user, group))
                        .orElse(false),
                reference -> groups.all().stream()
                        .filter(group ->
                                group.slug().equals(reference) || group.name().equals(reference))
                        .map(WorkingGroup::id)
                        .findFirst());
    }
}
