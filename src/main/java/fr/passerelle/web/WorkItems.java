package fr.passerelle.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * What waits for the signed-in user in one module, declared as a bean of the module's web package; each module
 * decides from the user's roles and memberships what is theirs, and answers nothing for anyone else.
 */
public interface WorkItems {

    /** The module's items for that user, those with nothing waiting left out. */
    List<WorkItem> items(Authentication authentication);
}
