package fr.passerelle.pathway.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** Every page of a project's pathway: its referrals, follow-ups and timeline. */
@Component
class PathwayPages extends ModulePages {

    PathwayPages() {
        signedIn("/parcours/**");
        link(120, "/parcours/orientations", "nav.referrals", Viewers.withAnyRole(Role.ADVISOR, Role.TERRITORY_AGENT));
    }
}
