package fr.passerelle.offers.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.internal.OfferHit;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What pages, the API and the feed show of an offer beyond its own columns: its commune's and territory's names. */
@Component
record OfferViews(Territories territories, Directory directory, MessageSource messages) {
    /** The labels of the offers' communes ("Die (26)"), by code. */
    Map<String, String> communes(Collection<Offer> offers) {
        Map<String, String> labels = new HashMap<>();
        offers.forEach(offer -> labels.computeIfAbsent(
                offer.communeCode(),
                code -> territories.commune(code).map(Commune::label).orElse(code)));
        return labels;
    }

    /** The names of the organisations that published the offers, by id. */
    Map<UUID, String> publishers(Collection<Offer> offers) {
        Map<UUID, String> names = new HashMap<>();
        offers.forEach(offer -> names.computeIfAbsent(
                offer.organisationId(), id -> directory.organisationName(id).orElse("")));
        return names;
    }

    String publisherName(UUID organisationId) {
        return directory.organisationName(organisationId).orElse("");
    }

    static List<Offer> offers(List<OfferHit> hits) {
        return hits.stream().map(OfferHit::offer).toList();
    }

    /** An offer for the API: its fields, its place and publisher by name, the links to its page and picture. */
    OfferApiView json(OfferHit hit, Map<String, String> communes, Map<UUID, String> publishers, String baseUrl) {
        Offer offer = hit.offer();
        return new OfferApiView(
                offer.id(),
                baseUrl + "/offres/" + offer.id(),
                offer.kind().code(),
                messages.getMessage(offer.kind().messageKey(), null, java.util.Locale.FRENCH),
                offer.title(),
                offer.description(),
                new OfferApiView.Commune(offer.communeCode(), communes.get(offer.communeCode())),
                offer.departementCode(),
                offer.regionCode(),
                offer.rural(),
                offer.latitude(),
                offer.longitude(),
                offer.sectors().stream().map(sector -> sector.code()).toList(),
                offer.conditions(),
                offer.qualified(),
                offer.localSupport(),
                offer.premises(),
                offer.housing(),
                new OfferApiView.Contact(offer.contactName(), offer.contactEmail(), offer.contactPhone()),
                offer.availableFrom(),
                offer.endsOn(),
                offer.publishedAt(),
                new OfferApiView.Publisher(offer.organisationId(), publishers.get(offer.organisationId())),
                offer.hasPicture() ? baseUrl + "/offres/" + offer.id() + "/photo" : null,
                hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10.0);
    }
}
