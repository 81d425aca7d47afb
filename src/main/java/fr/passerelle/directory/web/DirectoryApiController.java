package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.internal.Hit;
import fr.passerelle.directory.internal.ImportFormat;
import fr.passerelle.directory.internal.ImportReport;
import fr.passerelle.directory.internal.SearchResult;
import fr.passerelle.directory.web.ApiEntries.Feature;
import fr.passerelle.directory.web.ApiEntries.FeatureCollection;
import fr.passerelle.directory.web.ApiEntries.OrganisationView;
import fr.passerelle.directory.web.ApiEntries.SchemeView;
import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The directory for partners: the same search as the page, as JSON and GeoJSON. */
@RestController
@Tag(name = "Annuaire", description = "Structures d’accompagnement, financeurs, réseaux, initiatives et dispositifs")
record DirectoryApiController(
        Directory directory,
        CommuneResolver communes,
        EntryViews views,
        MessageSource messages,
        fr.passerelle.directory.internal.DataInclusionExport dataInclusion,
        SiteAddress site) {
    static final int MAP_LIMIT = 5_000;

    @GetMapping("/api/v1/data-inclusion/structures")
    @Operation(summary = "Toutes les structures publiées, au schéma data·inclusion v1")
    @ApiResponse(
            responseCode = "200",
            description = "Les structures, chacune un objet du schéma data·inclusion v1",
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = DataInclusionSchemas.Structure.class))))
    List<Map<String, Object>> dataInclusionStructures() {
        return dataInclusion.structures();
    }

    @GetMapping("/api/v1/data-inclusion/services")
    @Operation(summary = "Tous les dispositifs publiés, comme services au schéma data·inclusion v1")
    @ApiResponse(
            responseCode = "200",
            description = "Les services, chacun un objet du schéma data·inclusion v1",
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            schema = @Schema(implementation = DataInclusionSchemas.Service.class))))
    List<Map<String, Object>> dataInclusionServices() {
        return dataInclusion.services();
    }

    @GetMapping("/api/v1/organisations")
    @Operation(summary = "Chercher des structures (mots, commune couverte, filtres), page par page")
    @ApiResponse(responseCode = "200", description = "Une page de structures")
    @ApiResponse(responseCode = "400", description = "Un filtre inconnu ou invalide (commune, size de 1 à 100…)")
    ApiPage<OrganisationView> organisations(
            @ParameterObject SearchParams params,
            @Parameter(description = "Le nombre de structures par page, de 1 à 100") @RequestParam(defaultValue = "20")
                    int size,
            Locale locale,
            HttpServletRequest request) {
        SearchResult<Hit<Organisation>> result = directory.searchOrganisations(query(params, size, locale), false);
        return page(result, views.all(result.items(), Organisation::coverage, views::organisation), request);
    }

    @PostMapping(
            value = "/api/v1/organisations/import",
            consumes = {
                "text/csv",
                "text/plain",
                MediaType.APPLICATION_JSON_VALUE,
                OrganisationsWorkbook.TYPE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @Operation(
            summary =
                    "Importer des structures (CSV ou classeur xlsx de l’export, ou JSON data·inclusion), tout ou rien ;"
                            + " dryRun=true (par défaut) vérifie sans rien enregistrer")
    @ApiResponse(responseCode = "200", description = "Le fichier est bon (et enregistré si dryRun=false)")
    @ApiResponse(
            responseCode = "422",
            description = "Des lignes à corriger : rien n’est enregistré",
            content = @Content(schema = @Schema(implementation = ImportReport.class)),
            extensions = @Extension(properties = @ExtensionProperty(name = "own-body", value = "true")))
    @ApiResponse(responseCode = "400", description = "Un paramètre invalide (format, dryRun)")
    @ApiResponse(responseCode = "403", description = "Sans jeton, jeton en lecture seule, ou pas coordinateur")
    @ApiResponse(responseCode = "413", description = "Un fichier trop lourd")
    ResponseEntity<ImportReport> importOrganisations(
            @RequestBody byte[] body,
            @RequestParam(defaultValue = "CSV") ImportFormat format,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @AuthenticationPrincipal AccountUser user,
            Locale locale) {
        if (body.length > DirectoryImportController.MAX_BYTES) {
            throw new ResponseStatusException(
                    HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("directory.import.file.tooBig", null, locale));
        }
        ImportReport report = directory.importOrganisations(user, format, body, !dryRun);
        return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    @GetMapping("/api/v1/schemes")
    @Operation(summary = "Chercher des dispositifs (mots, commune couverte, filtres), page par page")
    @ApiResponse(responseCode = "200", description = "Une page de dispositifs")
    @ApiResponse(responseCode = "400", description = "Un filtre inconnu ou invalide (commune, size de 1 à 100…)")
    ApiPage<SchemeView> schemes(
            @ParameterObject SearchParams params,
            @Parameter(description = "Le nombre de dispositifs par page, de 1 à 100") @RequestParam(defaultValue = "20")
                    int size,
            Locale locale,
            HttpServletRequest request) {
        SearchResult<Hit<Scheme>> result = directory.searchSchemes(query(params, size, locale), false);
        return page(result, views.all(result.items(), Scheme::coverage, views::scheme), request);
    }

    @GetMapping("/api/v1/organisations/{id}")
    @Operation(summary = "Une structure publiée")
    @ApiResponse(responseCode = "200", description = "La structure")
    @ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
    @ApiResponse(responseCode = "404", description = "Aucune structure publiée n’a cet identifiant")
    OrganisationView organisation(@PathVariable UUID id, Locale locale) {
        return directory
                .publishedOrganisation(id)
                .map(o -> views.organisation(new Hit<>(o, null, null)))
                .orElseThrow(() -> notFound(locale));
    }

    @GetMapping("/api/v1/schemes/{id}")
    @Operation(summary = "Un dispositif publié")
    @ApiResponse(responseCode = "200", description = "Le dispositif")
    @ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
    @ApiResponse(responseCode = "404", description = "Aucun dispositif publié n’a cet identifiant")
    SchemeView scheme(@PathVariable UUID id, Locale locale) {
        return directory
                .publishedScheme(id)
                .map(s -> views.scheme(new Hit<>(s, null, null)))
                .orElseThrow(() -> notFound(locale));
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/organisations/{id}")
    @Operation(
            summary = "Modifier une structure (coordinateurs, ou membres de la structure) ; le territoire couvert"
                    + " qu’un membre change attend la validation d’un coordinateur (pendingCoverage)")
    @ApiResponse(responseCode = "200", description = "La structure modifiée")
    @ApiResponse(responseCode = "400", description = "Des champs à corriger (errors)")
    @ApiResponse(
            responseCode = "403",
            description = "Sans jeton, jeton en lecture seule, ou sans droit sur la structure")
    @ApiResponse(responseCode = "404", description = "Aucune structure n’a cet identifiant")
    OrganisationView update(
            @PathVariable UUID id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody
                    fr.passerelle.directory.internal.OrganisationDraft draft,
            @org.springframework.security.core.annotation.AuthenticationPrincipal
                    fr.passerelle.accounts.AccountUser user,
            Locale locale) {
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in first");
        }
        directory.organisation(id).orElseThrow(() -> notFound(locale));
        directory.updateOrganisation(user, id, draft);
        return organisation(id, locale).pending(views.perimeters(directory.waitingCoverage(id)));
    }

    @GetMapping(
            value = "/api/v1/directory.geojson",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Les structures de la recherche qui ont des coordonnées, en GeoJSON (5 000 au plus)")
    @ApiResponse(responseCode = "200", description = "Une FeatureCollection de points (longitude, latitude)")
    @ApiResponse(responseCode = "400", description = "Un filtre inconnu ou invalide")
    ResponseEntity<FeatureCollection> geojson(@ParameterObject SearchParams params, Locale locale) {
        List<Feature> features = directory.mapPoints(query(params, 1, locale), MAP_LIMIT).stream()
                .map(views::feature)
                .toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(new FeatureCollection("FeatureCollection", features));
    }

    private DirectoryQuery query(@ParameterObject SearchParams params, int size, Locale locale) {
        List<String> wrong = new ArrayList<>();
        String commune = null;
        if (params.commune() != null && !params.commune().isBlank()) {
            commune = communes.resolve(params.commune(), null)
                    .map(CommuneMatch::code)
                    .orElse(null);
            if (commune == null) {
                wrong.add("commune=" + params.commune());
            }
        }
        if (size < 1 || size > 100) {
            wrong.add("size=" + size);
        }
        DirectoryQuery query = params.toQuery(commune, Math.max(1, Math.min(size, 100)), wrong);
        if (!wrong.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage("api.directory.badFilters", new Object[] {String.join(", ", wrong)}, locale));
        }
        return query;
    }

    private ResponseStatusException notFound(Locale locale) {
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND, messages.getMessage("api.directory.notFound", null, locale));
    }

    private <T> ApiPage<T> page(SearchResult<?> result, List<T> items, HttpServletRequest request) {
        return ApiPage.counted(site, request, items, result.page(), result.pageSize(), result.total());
    }
}
