package fr.passerelle.directory.web;

import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.DeclaredContactHolders;
import fr.passerelle.directory.Directory;
import org.springframework.stereotype.Component;

/** A structure's contacts are named by those who edit its record: its members (advisors, agents) and coordinators. */
@Component
class StructureContactHolders extends DeclaredContactHolders {

    StructureContactHolders(Directory directory) {
        super(
                ContactHolderKind.STRUCTURE,
                id -> directory
                        .publishedOrganisation(id)
                        .map(organisation -> new ContactHolder(organisation.name(), "/annuaire/structures/" + id)),
                directory::canEdit,
                directory::organisationIdByName);
    }
}
