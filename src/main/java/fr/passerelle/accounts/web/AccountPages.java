package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * A user's own account (their API tokens) and a professional's page of work, where they land after signing in, need a
 * signed-in user; the users' administration is for administrators.
 */
@Component
class AccountPages extends ModulePages {

    AccountPages() {
        signedIn("/compte/**", "/mon-travail");
        link(105, "/mon-travail", "nav.work", Viewers.users(AccountUser::professional));
        link(170, "/compte/jetons", "nav.apiTokens", Viewers.users(user -> !user.hasRole(Role.PROJECT_HOLDER)));
        link(220, "/admin/utilisateurs", "nav.admin.users", Viewers.withAnyRole(Role.ADMINISTRATOR));
        link(222, "/admin/reseaux", "nav.admin.networks", Viewers.withAnyRole(Role.ADMINISTRATOR));
    }
}
