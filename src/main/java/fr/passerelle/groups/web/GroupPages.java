package fr.passerelle.groups.web;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Working groups, for anyone to read; a group's members and meetings need a signed-in user. */
@Component
class GroupPages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of("/groupes/*/membres", "/groupes/*/membres/**", "/groupes/*/reunions", "/groupes/*/reunions/**");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(60, "/groupes", "nav.groups", Viewers.everyone()));
    }
}
