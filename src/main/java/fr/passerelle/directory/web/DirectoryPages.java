package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * The directory in the main navigation, for anyone; its moderation and import for the network's staff; its map
 * embeddable on partner sites.
 */
@Component
class DirectoryPages extends ModulePages {

    DirectoryPages() {
        embeddable(DirectoryPageController.EMBEDDED_MAP);
        oneClickUnsubscribe("/annuaire/alertes/*/desinscription");
        link(20, "/annuaire", "nav.directory", Viewers.everyone());
        link(190, "/annuaire/moderation", "nav.moderation", Viewers.users(AccountUser::networkStaff));
        link(200, "/annuaire/import", "nav.import", Viewers.users(AccountUser::networkStaff));
    }
}
