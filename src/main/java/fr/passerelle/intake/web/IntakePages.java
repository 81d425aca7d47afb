package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The welcome's pages: a holder's space, the welcome desks' requests and journal, the territory's projects and the
 * project exchange need a signed-in user; the welcome form is for anyone.
 */
@Component
class IntakePages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of(
                "/espace/**",
                "/accueil/demandes/**",
                "/accueil/saisie",
                "/accueil/journal",
                "/accueil/territoire",
                "/accueil/territoire/**",
                "/bourse",
                "/bourse/**");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(90, "/accueil", "intake.title", Viewers.visitorsAnd(Role.PROJECT_HOLDER)),
                new NavigationLink(100, "/espace", "nav.space", Viewers.withAnyRole(Role.PROJECT_HOLDER)),
                new NavigationLink(
                        110,
                        "/accueil/demandes",
                        "nav.intake",
                        Viewers.withAnyRole(Role.ADVISOR, Role.TERRITORY_AGENT, Role.COORDINATOR, Role.ADMINISTRATOR)),
                new NavigationLink(
                        130, "/accueil/territoire", "nav.territoryProjects", Viewers.withAnyRole(Role.TERRITORY_AGENT)),
                new NavigationLink(150, "/bourse", "nav.exchange", Viewers.withAnyRole(Role.TERRITORY_AGENT)),
                new NavigationLink(210, "/accueil/journal", "nav.accessLog", Viewers.users(AccountUser::networkStaff)));
    }
}
