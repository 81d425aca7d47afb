package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactHolders;
import fr.passerelle.directory.Directory;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A structure's contacts are named by those who edit its record: its members (advisors, agents) and coordinators. */
@Component
class StructureContactHolders implements ContactHolders {

    private final Directory directory;

    StructureContactHolders(Directory directory) {
        this.directory = directory;
    }

    @Override
    public ContactHolderKind kind() {
        return ContactHolderKind.STRUCTURE;
    }

    @Override
    public Optional<ContactHolder> holder(UUID id) {
        return directory
                .publishedOrganisation(id)
                .map(organisation -> new ContactHolder(organisation.name(), "/annuaire/structures/" + id));
    }

    @Override
    public boolean edits(AccountUser user, UUID id) {
        return directory.canEdit(user, id);
    }

    @Override
    public Optional<UUID> named(String reference) {
        return directory.organisationIdByName(reference);
    }
}
