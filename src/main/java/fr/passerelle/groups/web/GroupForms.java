package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.GroupRejectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/** What the groups' forms share: the coordinators' forms are theirs only, and a right form's change is tried. */
final class GroupForms {

    private GroupForms() {}

    /** Whether the change was made: only with a right form, and not when the groups refuse it (said beside the fields). */
    static boolean saved(BindingResult errors, Runnable change) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (GroupRejectedException rejected) {
            FormErrors.reject(errors, rejected);
            return false;
        }
    }

    /** The group of that slug, for its coordinators only: anyone else is refused before their form is read. */
    static WorkingGroup coordinated(Groups groups, String slug, AccountUser user) {
        WorkingGroup group = groups.bySlug(slug);
        if (!groups.coordinates(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
        return group;
    }
}
