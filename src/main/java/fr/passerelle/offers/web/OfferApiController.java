package fr.passerelle.offers.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.offers.internal.OfferSearchParams;
import fr.passerelle.offers.internal.OfferSearchRequest;
import fr.passerelle.territory.UnknownTerritoryException;
import fr.passerelle.web.ApiPage;
import fr.passerelle.web.ApiPaging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The published offers for partners' sites: search with the public page's parameters, and one territory's. */
@RestController
@Tag(name = "Offres")
record OfferApiController(Offers offers, OfferViews views, SiteAddress site) {
    @GetMapping("/api/v1/offers")
    @Operation(
            summary = "Chercher des offres d’activité publiées, page par page",
            description = "Les paramètres de la page publique de recherche ; une valeur inconnue répond 400. 20 offres"
                    + " par page par défaut.")
    @ApiResponse(responseCode = "200", description = "Une page d’offres")
    @ApiResponse(responseCode = "400", description = "Un paramètre inconnu ou invalide")
    ApiPage<OfferApiView> search(
            @ParameterObject OfferSearchRequest sent, @ParameterObject ApiPaging paging, HttpServletRequest request) {
        OfferSearchParams params = OfferSearchParams.of(sent, paging.page());
        List<String> wrong = new ArrayList<>();
        OfferQuery query = params.toQuery(paging.size(20, wrong), wrong);
        ApiPage.refuse(wrong);
        return page(offers.search(query), request);
    }

    @GetMapping("/api/v1/territories/{code}/offers")
    @Operation(
            summary = "Les offres publiées d’un territoire, page par page",
            description = "Le territoire est nommé par l’adresse de sa page (par exemple le-diois) ou par le SIREN de"
                    + " son intercommunalité (EPCI). 20 offres par page par défaut.")
    @ApiResponse(responseCode = "200", description = "Une page d’offres")
    @ApiResponse(responseCode = "400", description = "Un numéro de page ou une taille invalide")
    @ApiResponse(responseCode = "404", description = "Aucun territoire n’a ce code")
    ApiPage<OfferApiView> territory(
            @PathVariable String code, @ParameterObject ApiPaging paging, HttpServletRequest request) {
        List<String> wrong = new ArrayList<>();
        int page = paging.page(wrong);
        int size = paging.size(20, wrong);
        ApiPage.refuse(wrong);
        try {
            return page(offers.ofTerritory(code, page, size), request);
        } catch (UnknownTerritoryException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun territoire n’a le code " + code);
        }
    }

    private ApiPage<OfferApiView> page(OfferPage page, HttpServletRequest request) {
        List<Offer> found = OfferViews.offers(page.hits());
        Map<String, String> communes = views.communes(found);
        Map<UUID, String> publishers = views.publishers(found);
        List<OfferApiView> items = page.hits().stream()
                .map(hit -> views.json(hit, communes, publishers, site.url()))
                .toList();
        return ApiPage.counted(site, request, items, page.page(), page.size(), page.total());
    }
}
