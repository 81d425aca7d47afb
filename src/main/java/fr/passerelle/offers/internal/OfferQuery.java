package fr.passerelle.offers.internal;

import fr.passerelle.common.Sector;
import fr.passerelle.offers.OfferKind;
import java.util.List;

/**
 * A search among published offers.
 *
 * @param text words, searched in French without accents
 * @param near an INSEE commune code; with {@code radiusKm}, the offers within that distance of its centre
 * @param communes when not null, only offers in these communes (a territory's)
 * @param publishedAfter when not null, only offers published after it
 */
public record OfferQuery(
        String text,
        List<OfferKind> kinds,
        List<Sector> sectors,
        String departement,
        String region,
        Boolean rural,
        String near,
        Integer radiusKm,
        List<String> communes,
        int page,
        int size,
        java.time.OffsetDateTime publishedAfter) {

    /** The same search, among the offers published after that moment only (alerts). */
    public OfferQuery publishedAfter(java.time.OffsetDateTime moment) {
        return new OfferQuery(
                text, kinds, sectors, departement, region, rural, near, radiusKm, communes, page, size, moment);
    }

    /** The same search without its distance, when the commune to search near cannot serve. */
    public OfferQuery withoutNear() {
        return new OfferQuery(
                text, kinds, sectors, departement, region, rural, null, null, communes, page, size, publishedAfter);
    }

    /** Every published offer of these communes (a territory's), a page of them. */
    public static OfferQuery inCommunes(List<String> communes, int page, int size) {
        return new OfferQuery(null, null, null, null, null, null, null, null, communes, page, size, null);
    }

    /** The same search within bounds: a radius, page and size the database can serve. */
    public OfferQuery bounded(int maxSize) {
        int radius = radiusKm == null ? DEFAULT_RADIUS_KM : Math.max(1, Math.min(MAX_RADIUS_KM, radiusKm));
        return new OfferQuery(
                text,
                kinds,
                sectors,
                departement,
                region,
                rural,
                near,
                radius,
                communes,
                Math.max(0, page),
                Math.max(1, Math.min(maxSize, size)),
                publishedAfter);
    }

    /** The first page of the same search among all the offers, not only a territory's (feeds). */
    public OfferQuery latest(int entries) {
        return new OfferQuery(
                text, kinds, sectors, departement, region, rural, near, radiusKm, null, 0, entries, publishedAfter);
    }

    public static final int DEFAULT_RADIUS_KM = 30;
    public static final int MAX_RADIUS_KM = 300;
}
