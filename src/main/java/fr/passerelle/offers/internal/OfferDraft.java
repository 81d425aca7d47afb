package fr.passerelle.offers.internal;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer as its author writes it; the rules are checked by {@link Offers}.
 *
 * @param support what the territory offers to whoever settles there
 * @param contact whom to ask about the offer
 */
public record OfferDraft(
        UUID organisationId,
        OfferKind kind,
        String title,
        String description,
        String communeCode,
        List<Sector> sectors,
        Support support,
        Contact contact,
        LocalDate availableFrom,
        LocalDate endsOn,
        String pictureAlt) {

    /** The support package: its conditions, the local support, premises or land, a lead for housing. */
    public record Support(String conditions, String localSupport, String premises, String housing) {}

    /** The contact person of an offer, reached by e-mail or phone. */
    public record Contact(String name, String email, String phone) {}
}
