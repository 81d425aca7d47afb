package fr.passerelle.groups.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * Working groups, for anyone to read; a group's members and meetings need a signed-in user, starting one a network's
 * staff.
 */
@Component
class GroupPages extends ModulePages {

    GroupPages() {
        networkStaff("/groupes/nouveau");
        signedIn("/groupes/*/membres", "/groupes/*/membres/**", "/groupes/*/reunions", "/groupes/*/reunions/**");
        link(60, "/groupes", "nav.groups", Viewers.everyone());
    }
}
