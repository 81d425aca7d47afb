package fr.passerelle.accounts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A user's own account (their API tokens) and a professional's page of work, where they land after signing in, need a
 * signed-in user; the users' administration is for administrators.
 */
@Component
class AccountPages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of("/compte/**", "/mon-travail");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(105, "/mon-travail", "nav.work", Viewers.users(AccountUser::professional)),
                new NavigationLink(
                        170,
                        "/compte/jetons",
                        "nav.apiTokens",
                        Viewers.users(user -> !user.hasRole(Role.PROJECT_HOLDER))),
                new NavigationLink(
                        220, "/admin/utilisateurs", "nav.admin.users", Viewers.withAnyRole(Role.ADMINISTRATOR)));
    }
}
