package fr.passerelle.offers;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.internal.OfferDraft;
import fr.passerelle.offers.internal.OfferStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity offer as published (or drafted) by a territory: what its author wrote, and what the platform records of
 * it.
 *
 * @param written the offer as its author wrote it (its draft), read through the accessors below
 * @param qualified whether the support package is complete: a named local support, premises or land, a lead for
 *     housing and a contact person
 * @param rural whether the commune is rural, null while the density grid is not imported
 */
public record Offer(
        UUID id,
        OfferDraft written,
        boolean qualified,
        OfferStatus status,
        OffsetDateTime publishedAt,
        OffsetDateTime closedAt,
        String pictureType,
        String departementCode,
        String regionCode,
        String epciSiren,
        Boolean rural,
        Double latitude,
        Double longitude,
        OffsetDateTime updatedAt) {

    /** The offer as a draft to change. */
    public OfferDraft draft() {
        return written;
    }

    /** The publishing territory's organisation. */
    public UUID organisationId() {
        return written.organisationId();
    }

    public OfferKind kind() {
        return written.kind();
    }

    public String title() {
        return written.title();
    }

    public String description() {
        return written.description();
    }

    public String communeCode() {
        return written.communeCode();
    }

    public List<Sector> sectors() {
        return written.sectors();
    }

    public String conditions() {
        return written.support().conditions();
    }

    public String localSupport() {
        return written.support().localSupport();
    }

    public String premises() {
        return written.support().premises();
    }

    public String housing() {
        return written.support().housing();
    }

    public String contactName() {
        return written.contact().name();
    }

    public String contactEmail() {
        return written.contact().email();
    }

    public String contactPhone() {
        return written.contact().phone();
    }

    public LocalDate availableFrom() {
        return written.availableFrom();
    }

    public LocalDate endsOn() {
        return written.endsOn();
    }

    public String pictureAlt() {
        return written.pictureAlt();
    }

    public boolean published() {
        return status == OfferStatus.PUBLISHED;
    }

    public boolean hasPicture() {
        return pictureType != null;
    }
}
