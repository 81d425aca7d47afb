package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * The welcome's pages: a holder's space, the welcome desks' requests and journal, the territory's projects and the
 * project exchange need a signed-in user; the welcome form is for anyone.
 */
@Component
class IntakePages extends ModulePages {

    IntakePages() {
        signedIn(
                "/espace/**",
                "/accueil/demandes/**",
                "/accueil/saisie",
                "/accueil/journal",
                "/accueil/territoire",
                "/accueil/territoire/**",
                "/bourse",
                "/bourse/**");
        // Partner sites send intakes from their servers.
        anonymousApiWrite("/api/v1/intakes");
        link(90, "/accueil", "intake.title", Viewers.visitorsAnd(Role.PROJECT_HOLDER));
        link(100, "/espace", "nav.space", Viewers.withAnyRole(Role.PROJECT_HOLDER));
        link(
                110,
                "/accueil/demandes",
                "nav.intake",
                Viewers.withAnyRole(Role.ADVISOR, Role.TERRITORY_AGENT, Role.COORDINATOR, Role.ADMINISTRATOR));
        link(130, "/accueil/territoire", "nav.territoryProjects", Viewers.withAnyRole(Role.TERRITORY_AGENT));
        link(150, "/bourse", "nav.exchange", Viewers.withAnyRole(Role.TERRITORY_AGENT));
        link(210, "/accueil/journal", "nav.accessLog", Viewers.users(AccountUser::networkStaff));
    }
}
