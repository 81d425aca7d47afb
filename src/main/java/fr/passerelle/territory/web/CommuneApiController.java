package fr.passerelle.territory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Communes for partners and for the platform's own forms. */
@RestController
@RequestMapping("/api/v1/territories/communes")
@Tag(name = "Territoires", description = "Communes de la géographie officielle et leur ruralité")
record CommuneApiController(Territories territories, MessageSource messages) {
    @GetMapping
    @Operation(
            summary =
                    "Chercher une commune par son nom ou son code postal, sans tenir compte des accents ni de la casse")
    @ApiResponse(responseCode = "200", description = "Les communes trouvées, les plus peuplées d’abord")
    @ApiResponse(responseCode = "400", description = "Une limite qui n’est pas un nombre")
    List<CommuneMatch> search(
            @Parameter(description = "nom, début de nom ou code postal, par exemple « st etienne » ou « 26150 »")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "Le nombre de communes au plus") @RequestParam(defaultValue = "10") int limit) {
        return territories.searchCommunes(q, limit);
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Une commune avec son EPCI, son département, sa région, sa population et sa ruralité",
            description = "Pour une commune nouvelle créée après la grille de densité, densityInheritedFrom liste les"
                    + " communes fusionnées dont elle hérite sa classe et densityNote le dit en une phrase.")
    @ApiResponse(responseCode = "200", description = "La commune")
    @ApiResponse(responseCode = "404", description = "Aucune commune n’a ce code INSEE")
    CommuneDetails commune(@PathVariable String code, Locale locale) {
        Commune commune = territories
                .commune(code)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.getMessage("commune.notFound", new Object[] {code}, locale)));
        return new CommuneDetails(commune, DensityInheritance.text(commune, messages, locale));
    }

    /**
     * The commune and, when its density class is inherited from the communes it merged, the sentence that says so.
     */
    record CommuneDetails(
            @JsonUnwrapped Commune commune, @JsonInclude(JsonInclude.Include.NON_NULL) String densityNote) {}
}
