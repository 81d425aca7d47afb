package fr.passerelle.offers.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferHit;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.offers.internal.OfferSearchParams;
import fr.passerelle.territory.UnknownTerritoryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published offers for partners' sites: search with the public page's parameters, and one territory's. */
@RestController
@Tag(name = "Offres")
record OfferApiController(Offers offers, OfferViews views, SiteAddress site) {
    @GetMapping("/api/v1/offers")
    @Operation(
            summary = "Chercher des offres d’activité publiées, page par page",
            description =
                    "Paramètres : q (mots, en français, sans tenir compte des accents), kind (répétable : reprise,"
                            + " local, foncier_agricole, emploi, besoin_identifie, tiers_lieu), sector (répétable), departement,"
                            + " region, rural=true, near (code INSEE d’une commune) et radiusKm (30 par défaut, 300 au plus),"
                            + " page (à partir de 0), size (20 par défaut, 100 au plus). Une valeur inconnue répond 400.")
    Map<String, Object> search(
            HttpServletRequest request, @Parameter(hidden = true) @RequestParam(defaultValue = "20") String size) {
        OfferSearchParams params = OfferSearchParams.from(request::getParameterValues);
        List<String> wrong = new ArrayList<>();
        int pageSize = size.matches("\\d{1,3}") ? Integer.parseInt(size) : -1;
        if (pageSize < 1 || pageSize > 100) {
            wrong.add("size=" + size);
        }
        OfferQuery query = params.toQuery(Math.max(1, pageSize), wrong);
        if (!wrong.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Paramètres inconnus ou invalides : " + String.join(", ", wrong));
        }
        return page(offers.search(query));
    }

    @GetMapping("/api/v1/territories/{code}/offers")
    @Operation(
            summary = "Les offres publiées d’un territoire",
            description = "Le territoire est nommé par l’adresse de sa page (par exemple le-diois) ou par le SIREN de"
                    + " son intercommunalité (EPCI) ; 404 s’il est inconnu.")
    Map<String, Object> territory(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        try {
            return page(offers.ofTerritory(code, page, size));
        } catch (UnknownTerritoryException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun territoire n’a le code " + code);
        }
    }

    private Map<String, Object> page(OfferPage page) {
        List<Offer> found = OfferViews.offers(page.hits());
        Map<String, String> communes = views.communes(found);
        Map<UUID, String> publishers = views.publishers(found);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", page.total());
        json.put("page", page.page());
        json.put("size", page.size());
        json.put("hasNext", page.hasNext());
        List<Map<String, Object>> items = new ArrayList<>();
        for (OfferHit hit : page.hits()) {
            items.add(views.json(hit, communes, publishers, site.url()));
        }
        json.put("items", items);
        return json;
    }
}
