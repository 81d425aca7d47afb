package fr.passerelle.offers.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Sector;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.OfferNotFoundException;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferRejectedException;
import fr.passerelle.offers.internal.OfferSearchParams;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import fr.passerelle.web.FeedLink;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The public side of offers: the search (list and map, shareable), an offer's page and its picture. */
@Controller
record OffersController(
        Offers offers,
        OfferViews views,
        Territories territories,
        TerritoryPages pages,
        OfferStructuredData structuredData) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @GetMapping("/offres")
    String search(HttpServletRequest request, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("canPublish", !offers.publishers(user).isEmpty());
        OfferSearchParams params = OfferSearchParams.from(request::getParameterValues);
        List<String> wrong = new ArrayList<>();
        var query = params.toQuery(OfferSearchParams.PAGE_SIZE, wrong);
        OfferPage result;
        try {
            result = offers.search(query);
        } catch (OfferRejectedException rejected) {
            model.addAttribute("nearError", rejected.messageKey());
            result = offers.search(query.withoutNear());
        }
        List<Offer> found = OfferViews.offers(result.hits());
        Map<String, String> communes = views.communes(found);
        model.addAttribute("params", params);
        model.addAttribute("wrong", wrong);
        model.addAttribute("result", result);
        model.addAttribute("communes", communes);
        model.addAttribute("publishers", views.publishers(found));
        model.addAttribute("queryString", params.queryString());
        model.addAttribute(
                "feedLinks",
                List.of(FeedLink.atom("offer.feed.title", withQuery("/offres/feed.atom", params.queryString()))));
        String place = params.near() == null
                ? null
                : territories.commune(params.near()).map(Commune::label).orElse(null);
        model.addAttribute("nearLabel", place == null ? params.nearLabel() : place);
        if (result.hits().isEmpty()) {
            int radius = query.bounded(100).radiusKm();
            model.addAttribute(
                    "noOffers", NoOffers.of(params, model.containsAttribute("nearError") ? null : place, radius));
        }
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("markers", JSON.writeValueAsString(markers(found, communes)));
        model.addAttribute("hasMarkers", found.stream().anyMatch(offer -> offer.latitude() != null));
        return "offers/search";
    }

    /** The map's markers: the offers of the page that have a place, with their link. */
    private static List<Map<String, Object>> markers(List<Offer> found, Map<String, String> communes) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (Offer offer : found) {
            if (offer.latitude() != null) {
                Map<String, Object> marker = new LinkedHashMap<>();
                marker.put("lat", offer.latitude());
                marker.put("lon", offer.longitude());
                marker.put("title", offer.title());
                marker.put("place", communes.get(offer.communeCode()));
                marker.put("url", "/offres/" + offer.id());
                markers.add(marker);
            }
        }
        return markers;
    }

    @GetMapping("/offres/{id:[0-9a-f\\-]{36}}")
    String offer(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Offer offer = offers.offer(user, id).orElseThrow(() -> new OfferNotFoundException(id));
        model.addAttribute("offer", offer);
        model.addAttribute("commune", views.communes(List.of(offer)).get(offer.communeCode()));
        model.addAttribute("publisher", views.publishers(List.of(offer)).get(offer.organisationId()));
        model.addAttribute("editable", offers.mayEdit(user, offer));
        model.addAttribute("territoryPages", territoryPages(offer));
        if (offer.published()) {
            model.addAttribute("jsonLd", structuredData.of(offer));
        }
        return "offers/offer";
    }

    /** The pages of the territories around the offer's commune, else the page of the territory that published it. */
    private List<TerritoryPage> territoryPages(Offer offer) {
        List<TerritoryPage> around = offer.communeCode() == null
                ? List.of()
                : territories.perimetersCovering(offer.communeCode()).stream()
                        .map(perimeter -> pages.byPerimeter(perimeter.id()))
                        .flatMap(java.util.Optional::stream)
                        .toList();
        return around.isEmpty() ? pages.ofOrganisations(List.of(offer.organisationId())) : around;
    }

    @GetMapping("/offres/{id}/photo")
    ResponseEntity<byte[]> picture(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Offers.Picture picture = offers.picture(user, id).orElseThrow(() -> new OfferNotFoundException(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(picture.type()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .header("X-Content-Type-Options", "nosniff")
                .body(picture.content());
    }

    private static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
