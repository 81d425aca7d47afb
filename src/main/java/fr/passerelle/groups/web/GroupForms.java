package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import org.springframework.security.access.AccessDeniedException;

/** The coordinators' forms of a group are theirs only. */
final class GroupForms {

    private GroupForms() {}

    /** The group of that slug, for its coordinators only: anyone else is refused before their form is read. */
    static WorkingGroup coordinated(Groups groups, String slug, AccountUser user) {
        WorkingGroup group = groups.bySlug(slug);
        if (!groups.coordinates(user, group)) {
            throw new AccessDeniedException("Coordinators only");
        }
        return group;
    }
}
