package fr.passerelle.groups;

import fr.passerelle.accounts.AccountUser;
import java.util.List;
import java.util.UUID;

/**
 * What a group produced (documents, tools), as the module that keeps them tells it, so that the group's page lists
 * them without depending on that module.
 */
public interface GroupProductions {

    /** One thing the group produced, with the address of its page. */
    record Production(String title, String kind, String url) {}

    /** The group's productions the user may see, newest first. */
    List<Production> of(UUID groupId, AccountUser user);
}
