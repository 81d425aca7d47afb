package fr.passerelle.offers.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.internal.OfferHit;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    Map<String, Object> json(OfferHit hit, Map<String, String> communes, Map<UUID, String> publishers, String baseUrl) {
        Offer offer = hit.offer();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", offer.id());
        json.put("url", baseUrl + "/offres/" + offer.id());
        json.put("kind", offer.kind().code());
        json.put("kindLabel", messages.getMessage(offer.kind().messageKey(), null, java.util.Locale.FRENCH));
        json.put("title", offer.title());
        json.put("description", offer.description());
        json.put("commune", Map.of("code", offer.communeCode(), "label", communes.get(offer.communeCode())));
        json.put("departement", offer.departementCode());
        json.put("region", offer.regionCode());
        json.put("rural", offer.rural());
        json.put("latitude", offer.latitude());
        json.put("longitude", offer.longitude());
        json.put(
                "sectors", offer.sectors().stream().map(sector -> sector.code()).toList());
        json.put("conditions", offer.conditions());
        json.put("qualified", offer.qualified());
        json.put("localSupport", offer.localSupport());
        json.put("premises", offer.premises());
        json.put("housing", offer.housing());
        json.put("contact", contact(offer));
        json.put("availableFrom", offer.availableFrom());
        json.put("endsOn", offer.endsOn());
        json.put("publishedAt", offer.publishedAt());
        json.put("publisher", Map.of("id", offer.organisationId(), "name", publishers.get(offer.organisationId())));
        json.put("picture", offer.hasPicture() ? baseUrl + "/offres/" + offer.id() + "/photo" : null);
        if (hit.distanceKm() != null) {
            json.put("distanceKm", Math.round(hit.distanceKm() * 10) / 10.0);
        }
        return json;
    }

    private static Map<String, Object> contact(Offer offer) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", offer.contactName());
        contact.put("email", offer.contactEmail());
        contact.put("phone", offer.contactPhone());
        return contact;
    }
}
