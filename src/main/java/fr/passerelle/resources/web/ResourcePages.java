package fr.passerelle.resources.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** The resource library, for anyone to read; adding, changing and withdrawing resources need a signed-in user. */
@Component
class ResourcePages extends ModulePages {

    ResourcePages() {
        signedIn("/ressources/nouvelle", "/ressources/*/modifier", "/ressources/*/retirer");
        link(70, "/ressources", "nav.resources", Viewers.everyone());
    }
}
