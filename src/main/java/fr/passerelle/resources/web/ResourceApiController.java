package fr.passerelle.resources.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The library for partners' sites: public resources without a token, the members' ones too with a member's token. */
@RestController
record ResourceApiController(Resources resources, SiteAddress site) {

    @GetMapping("/api/v1/resources")
    @Operation(
            summary = "Chercher dans la ressourcethèque",
            description = "q (mots, cherchés aussi dans le texte des documents), kind (fiche, guide, outil, methode,"
                    + " etude, video, lien), theme, page. Sans jeton : les ressources publiques seulement.")
    ApiPage<Map<String, Object>> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user) {
        ResourceKind chosen = null;
        if (!kind.isBlank()) {
            chosen = Vocabulary.parse(ResourceKind.class, kind)
                    .orElseThrow(() ->
                            new ResponseStatusException(HttpStatus.BAD_REQUEST, "Type de ressource inconnu : " + kind));
        }
        List<Resources.Hit> hits = resources.search(
                user, new Resources.Query(q, chosen, theme.isBlank() ? null : theme, Math.max(0, page), 50));
        return ApiPage.of(Math.max(0, page), hits, 50, this::item);
    }

    /** A resource found, as partners' sites read it. */
    private Map<String, Object> item(Resources.Hit hit) {
        Resource resource = hit.resource();
        String page = site.url() + "/ressources/" + resource.id();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", resource.id());
        item.put("url", page);
        item.put("title", resource.title());
        item.put("kind", resource.kind().code());
        item.put("summary", resource.summary());
        item.put("keywords", resource.keywords());
        item.put("themes", resource.themes());
        item.put("audience", resource.audience());
        item.put("publishedOn", resource.publishedOn());
        item.put("membersOnly", resource.membersOnly());
        item.put("download", page + (resource.fileName() != null ? "/fichier" : "/lien"));
        item.put("downloads", resource.downloads());
        item.put("snippet", hit.snippet());
        return item;
    }
}
