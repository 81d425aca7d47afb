package fr.passerelle.offers.web;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import java.util.List;

/** The offer form as typed: the commune as a code or as typed text, dates as typed. */
record OfferForm(
        String organisationId,
        OfferKind kind,
        String title,
        String description,
        String commune,
        String communeLabel,
        List<Sector> sectors,
        String conditions,
        String localSupport,
        String premises,
        String housing,
        String contactName,
        String contactEmail,
        String contactPhone,
        String availableFrom,
        String endsOn,
        String pictureAlt) {

    static OfferForm empty(String organisationId) {
        return new OfferForm(organisationId, null, "", "", "", "", List.of(), "", "", "", "", "", "", "", "", "", "");
    }

    static OfferForm of(Offer offer, String communeLabel) {
        return new OfferForm(
                offer.organisationId().toString(),
                offer.kind(),
                offer.title(),
                offer.description(),
                offer.communeCode(),
                communeLabel,
                offer.sectors(),
                offer.conditions(),
                offer.localSupport(),
                offer.premises(),
                offer.housing(),
                offer.contactName(),
                offer.contactEmail(),
                offer.contactPhone(),
                offer.availableFrom() == null ? "" : offer.availableFrom().toString(),
                offer.endsOn() == null ? "" : offer.endsOn().toString(),
                offer.pictureAlt());
    }
}
