package fr.passerelle.resources.web;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The resource library, for anyone to read; adding, changing and withdrawing resources need a signed-in user. */
@Component
class ResourcePages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of("/ressources/nouvelle", "/ressources/*/modifier", "/ressources/*/retirer");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(70, "/ressources", "nav.resources", Viewers.everyone()));
    }
}
