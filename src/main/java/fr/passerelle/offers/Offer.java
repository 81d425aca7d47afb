package fr.passerelle.offers;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.internal.OfferStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity offer as published (or drafted) by a territory.
 *
 * @param organisationId the publishing territory's organisation
 * @param qualified whether the support package is complete: a named local support, premises or land, a lead for
 *     housing and a contact person
 * @param rural whether the commune is rural, null while the density grid is not imported
 */
public record Offer(
        UUID id,
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
        boolean qualified,
        LocalDate availableFrom,
        LocalDate endsOn,
        OfferStatus status,
        OffsetDateTime publishedAt,
        OffsetDateTime closedAt,
        String pictureType,
        String pictureAlt,
        String departementCode,
        String regionCode,
        String epciSiren,
        Boolean rural,
        Double latitude,
        Double longitude,
        OffsetDateTime updatedAt) {

    public boolean published() {
        return status == OfferStatus.PUBLISHED;
    }

    public boolean hasPicture() {
        return pictureType != null;
    }
}
