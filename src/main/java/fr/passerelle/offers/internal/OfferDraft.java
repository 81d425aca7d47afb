package fr.passerelle.offers.internal;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An offer as its author writes it; the rules are checked by {@link Offers}. */
public record OfferDraft(
        UUID organisationId,
        OfferKind kind,
        String title,
        String description,
        String communeCode,
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
        String pictureAlt) {}
