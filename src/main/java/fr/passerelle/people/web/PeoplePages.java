package fr.passerelle.people.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** The people's page, for the network's coordinators and administrators. */
@Component
class PeoplePages extends ModulePages {

    PeoplePages() {
        signedIn("/personnes", "/personnes/**");
        link(212, "/personnes", "nav.people", Viewers.users(AccountUser::networkStaff));
    }
}
