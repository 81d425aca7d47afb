package fr.passerelle.resources.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.web.ApiPage;
import fr.passerelle.web.ApiPaging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The library for partners' sites: public resources without a token, the members' ones too with a member's token. */
@RestController
@Tag(name = "Ressources")
record ResourceApiController(Resources resources, SiteAddress site) {

    @GetMapping("/api/v1/resources")
    @Operation(
            summary = "Chercher dans la ressourcethèque, page par page",
            description = "Sans jeton : les ressources publiques seulement ; avec le jeton d’un membre, les siennes"
                    + " aussi. 50 ressources par page par défaut.")
    @ApiResponse(responseCode = "200", description = "Une page de ressources")
    @ApiResponse(responseCode = "400", description = "Un type inconnu, ou une page ou une taille invalide")
    ApiPage<ResourceItem> search(
            @Parameter(description = "Mots, cherchés aussi dans le texte des documents")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(
                            description = "Type de ressource",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "fiche", "guide", "outil", "methode", "etude", "video", "lien"
                                            }))
                    @RequestParam(defaultValue = "")
                    String kind,
            @Parameter(description = "Thème") @RequestParam(defaultValue = "") String theme,
            @ParameterObject ApiPaging paging,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request) {
        ResourceKind chosen = null;
        if (!kind.isBlank()) {
            chosen = Vocabulary.parse(ResourceKind.class, kind)
                    .orElseThrow(() ->
                            new ResponseStatusException(HttpStatus.BAD_REQUEST, "Type de ressource inconnu : " + kind));
        }
        List<String> wrong = new ArrayList<>();
        int page = paging.page(wrong);
        int size = paging.size(50, wrong);
        ApiPage.refuse(wrong);
        List<Resources.Hit> hits =
                resources.search(user, new Resources.Query(q, chosen, theme.isBlank() ? null : theme, page, size));
        return ApiPage.fetched(site, request, page, hits, size, this::item);
    }

    /** A resource found, as partners' sites read it. */
    private ResourceItem item(Resources.Hit hit) {
        Resource resource = hit.resource();
        String page = site.url() + "/ressources/" + resource.id();
        return new ResourceItem(
                resource.id(),
                page,
                resource.title(),
                resource.kind().code(),
                resource.summary(),
                resource.keywords(),
                resource.themes(),
                resource.audience(),
                resource.publishedOn(),
                resource.membersOnly(),
                page + (resource.fileName() != null ? "/fichier" : "/lien"),
                resource.downloads(),
                hit.snippet());
    }

    /** A resource of the library as partners' sites read it, with absolute links to its page and its download. */
    @Schema(name = "Resource")
    record ResourceItem(
            UUID id,
            @Schema(description = "La page de la ressource (adresse absolue)") String url,
            String title,
            String kind,
            @Schema(nullable = true) String summary,
            List<String> keywords,
            List<String> themes,
            @Schema(nullable = true) String audience,
            @Schema(nullable = true) LocalDate publishedOn,
            boolean membersOnly,
            @Schema(description = "Le fichier ou le lien (adresse absolue)") String download,
            int downloads,
            @Schema(nullable = true, description = "Les mots autour de ce qui a été trouvé") String snippet) {}
}
