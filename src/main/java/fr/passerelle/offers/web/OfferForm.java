package fr.passerelle.offers.web;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.internal.OfferDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The offer form: the commune as a code (chosen from the suggestions) or as typed text, dates read the French way. */
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
        LocalDate availableFrom,
        LocalDate endsOn,
        String pictureAlt) {

    static OfferForm empty(String organisationId) {
        return new OfferForm(
                organisationId, null, "", "", "", "", List.of(), "", "", "", "", "", "", "", null, null, "");
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
                offer.availableFrom(),
                offer.endsOn(),
                offer.pictureAlt());
    }

    /** The draft the offers module checks, for that publisher and commune. */
    OfferDraft draft(UUID organisation, String communeCode) {
        return new OfferDraft(
                organisation,
                kind,
                title,
                description,
                communeCode,
                sectors == null
                        ? List.of()
                        : sectors.stream().filter(Objects::nonNull).toList(),
                new OfferDraft.Support(conditions, localSupport, premises, housing),
                new OfferDraft.Contact(contactName, contactEmail, contactPhone),
                availableFrom,
                endsOn,
                pictureAlt);
    }
}
