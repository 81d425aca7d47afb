package fr.passerelle.territory.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * The communes in the main navigation, for anyone; the reference imports for administrators; the perimeters for a
 * network's staff, each coordinator keeping their own network's.
 */
@Component
class CommunePages extends ModulePages {

    CommunePages() {
        networkStaff("/admin/territoires/perimetres", "/admin/territoires/perimetres/**");
        link(80, "/territoires/communes", "nav.communes", Viewers.everyone());
        link(230, "/admin/territoires/imports", "nav.admin.imports", Viewers.withAnyRole(Role.ADMINISTRATOR));
        link(
                231,
                "/admin/territoires/perimetres",
                "nav.admin.perimeters",
                Viewers.withAnyRole(Role.ADMINISTRATOR, Role.COORDINATOR));
    }
}
