package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every programme, its reports and the network's statistics. */
@Component
class ProgrammePages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of("/programmes", "/programmes/**", "/statistiques", "/statistiques.csv");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(180, "/programmes", "nav.programmes", Viewers.users(AccountUser::networkStaff)),
                new NavigationLink(185, "/statistiques", "nav.statistics", Viewers.users(AccountUser::networkStaff)));
    }
}
