package fr.passerelle.accounts;

import java.util.List;

/**
 * What waits for a signed-in user in one module, declared as a bean of the module's web package: to whom the module
 * has work to show (professionals unless it says otherwise) and, for them, its items with their counts.
 */
public interface WorkItems {

    /** Whether the module has work to show this user: a professional's, by default. */
    default boolean concerns(AccountUser user) {
        return user.professional();
    }

    /** The module's items for a user it concerns; the page leaves out those with nothing waiting. */
    List<WorkItem> items(AccountUser user);
}
