package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The directory in the main navigation, for anyone; its moderation and import for the network's staff. */
@Component
class DirectoryPages implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(20, "/annuaire", "nav.directory", Viewers.everyone()),
                new NavigationLink(
                        190, "/annuaire/moderation", "nav.moderation", Viewers.users(AccountUser::networkStaff)),
                new NavigationLink(200, "/annuaire/import", "nav.import", Viewers.users(AccountUser::networkStaff)));
    }
}
