package fr.passerelle.offers.web;

import fr.passerelle.accounts.ProtectedPages;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.Viewers;
import fr.passerelle.web.NavigationLink;
import fr.passerelle.web.NavigationLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Offers and territory pages, for anyone to read; writing them, and a publisher's own offers and widget, need a user. */
@Component
class OfferPages implements ProtectedPages, NavigationLinks {

    @Override
    public List<String> signedIn() {
        return List.of(
                "/offres/nouvelle",
                "/offres/mes-offres",
                "/offres/mes-offres/**",
                "/offres/*/modifier",
                "/territoires/nouvelle",
                "/territoires/*/modifier");
    }

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(30, "/offres", "nav.offers", Viewers.everyone()),
                new NavigationLink(40, "/territoires", "nav.territories", Viewers.everyone()),
                new NavigationLink(
                        140, "/offres/mes-offres", "nav.myOffers", Viewers.withAnyRole(Role.TERRITORY_AGENT)));
    }
}
