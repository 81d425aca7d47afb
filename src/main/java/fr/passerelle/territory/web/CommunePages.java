package fr.passerelle.territory.web;

import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The communes in the main navigation, for anyone; the reference imports and the perimeters for administrators. */
@Component
class CommunePages implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(80, "/territoires/communes", "nav.communes", Viewers.everyone()),
                new NavigationLink(
                        230,
                        "/admin/territoires/imports",
                        "nav.admin.imports",
                        Viewers.withAnyRole(Role.ADMINISTRATOR)),
                new NavigationLink(
                        231,
                        "/admin/territoires/perimetres",
                        "nav.admin.perimeters",
                        Viewers.withAnyRole(Role.ADMINISTRATOR)));
    }
}
