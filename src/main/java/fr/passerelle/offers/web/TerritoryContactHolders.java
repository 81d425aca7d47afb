package fr.passerelle.offers.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactHolders;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A territory's contacts belong to its perimeter, shown on its page; they are named by those who edit that page:
 * the agents of the organisation that runs the territory, and the coordinators.
 */
@Component
class TerritoryContactHolders implements ContactHolders {

    private final TerritoryPages pages;
    private final Offers offers;

    TerritoryContactHolders(TerritoryPages pages, Offers offers) {
        this.pages = pages;
        this.offers = offers;
    }

    @Override
    public ContactHolderKind kind() {
        return ContactHolderKind.TERRITORY;
    }

    @Override
    public Optional<ContactHolder> holder(UUID perimeterId) {
        return pages.byPerimeter(perimeterId)
                .map(page -> new ContactHolder(page.name(), "/territoires/" + page.slug()));
    }

    @Override
    public boolean edits(AccountUser user, UUID perimeterId) {
        return user != null
                && pages.byPerimeter(perimeterId)
                        .map(page -> user.networkStaff() || runs(user, page))
                        .orElse(false);
    }

    private boolean runs(AccountUser user, TerritoryPage page) {
        return offers.publishers(user).stream()
                .anyMatch(organisation -> organisation.id().equals(page.organisationId()));
    }

    @Override
    public Optional<UUID> named(String reference) {
        return pages.all().stream()
                .filter(page -> page.name().equals(reference) || page.slug().equals(reference))
                .map(TerritoryPage::perimeterId)
                .findFirst();
    }
}
