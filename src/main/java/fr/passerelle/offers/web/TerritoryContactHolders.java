package fr.passerelle.offers.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.DeclaredContactHolders;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A territory's contacts belong to its perimeter, shown on its page; they are named by those who edit that page:
 * the agents of the organisation that runs the territory, and the coordinators.
 */
@Component
class TerritoryContactHolders extends DeclaredContactHolders {

    TerritoryContactHolders(TerritoryPages pages, Offers offers) {
        super(
                ContactHolderKind.TERRITORY,
                perimeterId -> pages.byPerimeter(perimeterId)
                        .map(page -> new ContactHolder(page.name(), "/territoires/" + page.slug())),
                (user, perimeterId) -> edits(pages, offers, user, perimeterId),
                reference -> pages.all().stream()
                        .filter(page ->
                                page.name().equals(reference) || page.slug().equals(reference))
                        .map(TerritoryPage::perimeterId)
                        .findFirst());
    }

    private static boolean edits(TerritoryPages pages, Offers offers, AccountUser user, UUID perimeterId) {
        return user != null
                && pages.byPerimeter(perimeterId)
                        .map(page -> offers.mayPublishFor(user, page.organisationId()))
                        .orElse(false);
    }
}
