package fr.passerelle.pathway.web;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every page of a project's pathway: its referrals, follow-ups and timeline. */
@Component
class PathwayPages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of("/parcours/**");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(
                120,
                "/parcours/orientations",
                "nav.referrals",
                Viewers.withAnyRole(Role.ADVISOR, Role.TERRITORY_AGENT)));
    }
}
