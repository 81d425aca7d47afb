package fr.passerelle.events.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** The agenda, for anyone to read; writing events, their participants and the shared stands with their leads need a user. */
@Component
class EventPages extends ModulePages {

    EventPages() {
        signedIn(
                "/agenda/nouvel-evenement",
                "/agenda/*/modifier",
                "/agenda/*/annulation",
                "/agenda/*/stand",
                "/agenda/*/stand/**",
                "/stands/**",
                "/agenda/*/participants",
                "/agenda/*/participants/**",
                "/agenda/*/participants.csv");
        // Partner sites send registrations from their servers.
        anonymousApiWrite("/api/v1/events/*/registrations");
        link(50, "/agenda", "nav.agenda", Viewers.everyone());
        link(160, "/stands/pistes", "nav.leads", Viewers.withAnyRole(Role.TERRITORY_AGENT));
    }
}
