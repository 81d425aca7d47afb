package fr.passerelle.offers.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import fr.passerelle.web.JsonLd;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An offer as schema.org data (JSON-LD), each kind with the type that says what it is:
 *
 * <ul>
 *   <li>a salaried job is a JobPosting (what job boards and search engines read: its employer, where, until when);
 *   <li>a need the territory identified ("the village needs a baker") is a Demand: the territory seeks someone, it
 *       offers nothing yet;
 *   <li>a business to take over, premises, farmland and a tiers-lieu are Offers from the territory, found at a Place
 *       ({@code availableAtOrFrom}) with its postal address. Not an Accommodation, which schema.org keeps for lodging
 *       (a room, a pitch): a workshop or a field is not one, and the offer's terms (sale, lease) are not known apart.
 * </ul>
 */
@Component
@RequiredArgsConstructor
class OfferStructuredData {

    private final Territories territories;
    private final OfferViews views;
    private final SiteAddress site;
    private final MessageSource messages;

    String of(Offer offer) {
        String page = site.url() + "/offres/" + offer.id();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", JsonLd.CONTEXT);
        data.put(
                "@type",
                switch (offer.kind()) {
                    case EMPLOI -> "JobPosting";
                    case BESOIN_IDENTIFIE -> "Demand";
                    default -> "Offer";
                });
        data.put("url", page);
        data.put(offer.kind() == OfferKind.EMPLOI ? "title" : "name", offer.title());
        data.put("description", offer.description());
        Map<String, Object> place = place(offer);
        Map<String, Object> publisher = publisher(offer);
        if (offer.kind() == OfferKind.EMPLOI) {
            job(offer, data, place, publisher);
        } else {
            if (offer.kind() != OfferKind.BESOIN_IDENTIFIE) {
                // schema.org gives a Demand no category.
                data.put("category", messages.getMessage(offer.kind().messageKey(), null, Locale.FRENCH));
            }
            data.put(offer.kind() == OfferKind.BESOIN_IDENTIFIE ? "seller" : "offeredBy", publisher);
            if (place != null) {
                data.put("availableAtOrFrom", place);
            }
            if (offer.availableFrom() != null) {
                data.put("availabilityStarts", offer.availableFrom().toString());
            }
            if (offer.endsOn() != null) {
                data.put("availabilityEnds", offer.endsOn().toString());
            }
        }
        if (offer.hasPicture()) {
            data.put("image", page + "/photo");
        }
        return JsonLd.of(data);
    }

    private static void job(
            Offer offer, Map<String, Object> data, Map<String, Object> place, Map<String, Object> publisher) {
        if (offer.publishedAt() != null) {
            data.put("datePosted", offer.publishedAt().toLocalDate().toString());
        }
        if (offer.endsOn() != null) {
            data.put("validThrough", offer.endsOn().toString());
        }
        if (offer.availableFrom() != null) {
            data.put("jobStartDate", offer.availableFrom().toString());
        }
        data.put("hiringOrganization", publisher);
        if (place != null) {
            data.put("jobLocation", place);
        }
    }

    /** The offer's commune as a Place with its postal address; null when the offer names none. */
    private Map<String, Object> place(Offer offer) {
        Commune commune = offer.communeCode() == null
                ? null
                : territories.commune(offer.communeCode()).orElse(null);
        if (commune == null) {
            return null;
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", commune.name());
        place.put(
                "address",
                JsonLd.postalAddress(
                        null,
                        commune.name(),
                        commune.postalCodes(),
                        commune.region() == null ? null : commune.region().name()));
        if (offer.latitude() != null && offer.longitude() != null) {
            place.put(
                    "geo",
                    Map.of("@type", "GeoCoordinates", "latitude", offer.latitude(), "longitude", offer.longitude()));
        }
        return place;
    }

    private Map<String, Object> publisher(Offer offer) {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", views.publisherName(offer.organisationId()));
        return publisher;
    }
}
