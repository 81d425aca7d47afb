package fr.passerelle.offers.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/** Offers and territory pages, for anyone to read; writing them, and a publisher's own offers and widget, need a user. */
@Component
class OfferPages extends ModulePages {

    OfferPages() {
        signedIn(
                "/offres/nouvelle",
                "/offres/mes-offres",
                "/offres/mes-offres/**",
                "/offres/*/modifier",
                "/territoires/nouvelle",
                "/territoires/*/modifier");
        embeddable("/offres/widget/**");
        oneClickUnsubscribe("/offres/alertes/*/desinscription");
        link(30, "/offres", "nav.offers", Viewers.everyone());
        link(40, "/territoires", "nav.territories", Viewers.everyone());
        link(140, "/offres/mes-offres", "nav.myOffers", Viewers.withAnyRole(Role.TERRITORY_AGENT));
    }
}
