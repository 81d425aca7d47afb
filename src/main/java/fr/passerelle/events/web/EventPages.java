package fr.passerelle.events.web;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The agenda, for anyone to read; writing events, their participants and the shared stands with their leads need a user. */
@Component
class EventPages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of(
                "/agenda/nouvel-evenement",
                "/agenda/*/modifier",
                "/agenda/*/annulation",
                "/agenda/*/stand",
                "/agenda/*/stand/**",
                "/stands/**",
                "/agenda/*/participants",
                "/agenda/*/participants/**",
                "/agenda/*/participants.csv");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(50, "/agenda", "nav.agenda", Viewers.everyone()),
                new NavigationLink(160, "/stands/pistes", "nav.leads", Viewers.withAnyRole(Role.TERRITORY_AGENT)));
    }
}
