package fr.passerelle.events.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.Event;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import fr.passerelle.web.JsonLd;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event as schema.org data (an Event in JSON-LD), for search engines and partners' agendas: where it takes place (a
 * Place with its postal address, a VirtualLocation for an online session, both for a hybrid one), who organises it,
 * and its registration as a free Offer (registrations are never paid on the platform).
 */
@Component
@RequiredArgsConstructor
class EventStructuredData {

    private static final String SCHEMA = "https://schema.org/";

    private final Territories territories;
    private final Directory directory;
    private final SiteAddress site;
    private final MessageSource messages;

    /** The event's JSON-LD; {@code seatsLeft} is null when its places are not counted. */
    String of(Event event, Integer seatsLeft) {
        String page = site.url() + "/agenda/" + event.id();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", JsonLd.CONTEXT);
        data.put("@type", "Event");
        data.put("url", page);
        data.put("name", event.title());
        if (event.programme() != null) {
            data.put("description", event.programme());
        }
        data.put("startDate", event.startsAt().toString());
        data.put("endDate", event.endsAt().toString());
        data.put("eventStatus", SCHEMA + ("cancelled".equals(event.status()) ? "EventCancelled" : "EventScheduled"));
        data.put(
                "eventAttendanceMode",
                SCHEMA
                        + switch (event.mode()) {
                            case SUR_PLACE -> "OfflineEventAttendanceMode";
                            case EN_LIGNE -> "OnlineEventAttendanceMode";
                            case HYBRIDE -> "MixedEventAttendanceMode";
                        });
        data.put("location", location(event, page));
        data.put("organizer", organizer(event));
        data.put("isAccessibleForFree", true);
        data.put("offers", offer(event, page, seatsLeft));
        if (event.capacity() != null) {
            data.put("maximumAttendeeCapacity", event.capacity());
        }
        data.put("inLanguage", "fr");
        return JsonLd.of(data);
    }

    /** The place, the online session (its link is for registrants: the event's page stands for it), or both. */
    private Object location(Event event, String page) {
        List<Map<String, Object>> places = new ArrayList<>();
        if (event.place() != null || event.communeCode() != null) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            Commune commune = event.communeCode() == null
                    ? null
                    : territories.commune(event.communeCode()).orElse(null);
            place.put("name", event.place() != null ? event.place() : commune != null ? commune.name() : null);
            place.put("address", commune == null ? event.place() : address(null, commune));
            place.values().removeIf(java.util.Objects::isNull);
            places.add(place);
        }
        if (event.mode().online()) {
            places.add(Map.of("@type", "VirtualLocation", "url", page));
        }
        return places.size() == 1 ? places.get(0) : places;
    }

    /** The organisation of the directory that organises it, else the network that publishes the agenda. */
    private Map<String, Object> organizer(Event event) {
        Organisation organisation = event.organiserId() == null
                ? null
                : directory.publishedOrganisation(event.organiserId()).orElse(null);
        Map<String, Object> organizer = new LinkedHashMap<>();
        organizer.put("@type", "Organization");
        if (organisation == null) {
            organizer.put("name", messages.getMessage("app.name", null, Locale.FRENCH));
            organizer.put("url", site.url() + "/");
            return organizer;
        }
        organizer.put("name", organisation.name());
        organizer.put("url", site.url() + "/annuaire/structures/" + organisation.id());
        if (organisation.communeCode() != null) {
            territories
                    .commune(organisation.communeCode())
                    .ifPresent(commune -> organizer.put("address", address(organisation.address(), commune)));
        }
        return organizer;
    }

    private static Map<String, Object> offer(Event event, String page, Integer seatsLeft) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", page);
        offer.put("price", 0);
        offer.put("priceCurrency", "EUR");
        offer.put(
                "availability",
                SCHEMA
                        + ("cancelled".equals(event.status()) || (seatsLeft != null && seatsLeft == 0)
                                ? "SoldOut"
                                : "InStock"));
        if (event.registrationOpensAt() != null) {
            offer.put("validFrom", event.registrationOpensAt().toString());
        }
        if (event.registrationClosesAt() != null) {
            offer.put("availabilityEnds", event.registrationClosesAt().toString());
        }
        return offer;
    }

    private static Map<String, Object> address(String street, Commune commune) {
        return JsonLd.postalAddress(
                street,
                commune.name(),
                commune.postalCodes(),
                commune.region() == null ? null : commune.region().name());
    }
}
