package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** Every programme, its reports and the network's statistics; the public figures for everyone. */
@Component
class ProgrammePages extends ModulePages {

    ProgrammePages() {
        signedIn("/programmes", "/programmes/**", "/statistiques", "/statistiques.csv", "/statistiques/reseaux");
        link(77, "/chiffres", "nav.figures", Viewers.everyone());
        link(180, "/programmes", "nav.programmes", Viewers.users(AccountUser::networkStaff));
        link(185, "/statistiques", "nav.statistics", Viewers.users(AccountUser::networkStaff));
    }
}
