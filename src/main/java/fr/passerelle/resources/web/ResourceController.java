package fr.passerelle.resources.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.ResourceNotFoundException;
import fr.passerelle.resources.internal.Resources;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resource library: its search (the words inside the documents too), a resource's page, its file or link
 * (counted), and the coordinators' withdrawal of a resource, confirmed by a box to tick.
 */
@Controller
record ResourceController(Resources resources, ResourceRelations relations) {

    static final int PAGE = 20;

    @GetMapping("/ressources")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        ResourceKind chosen = Vocabulary.parse(ResourceKind.class, kind).orElse(null);
        List<Resources.Hit> hits = resources.search(
                user, new Resources.Query(q, chosen, theme.isBlank() ? null : theme, Math.max(0, page), PAGE));
        model.addAttribute("hits", hits.stream().limit(PAGE).toList());
        model.addAttribute("more", hits.size() > PAGE);
        model.addAttribute("q", q);
        model.addAttribute("kind", chosen == null ? "" : chosen.code());
        model.addAttribute("theme", theme);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("themes", resources.themes());
        model.addAttribute("canPublish", resources.publishes(user));
        model.addAttribute("member", resources.member(user));
        return "resources/search";
    }

    @GetMapping("/ressources/{id:[0-9a-f\\-]{36}}")
    String resource(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("withdrawal", new Withdrawal(false));
        return page(visible(id, user), user, model);
    }

    @GetMapping("/ressources/{id}/fichier")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        Resources.Download download = resources.download(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    @GetMapping("/ressources/{id}/lien")
    String link(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return "redirect:" + resources.follow(user, id);
    }

    @PostMapping("/ressources/{id}/retirer")
    String withdraw(
            @PathVariable UUID id,
            @Valid @ModelAttribute Withdrawal withdrawal,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Resource resource = kept(id, user);
        if (errors.hasErrors()) {
            FormErrors.bound(withdrawal, errors, model);
            return page(resource, user, model);
        }
        resources.withdraw(user, id);
        return PageAnswers.back(redirect, "resource.withdrawn", "/ressources", resource.title());
    }

    /** A resource's page: where it comes from, and for the coordinators who keep it the links to change or withdraw it. */
    private String page(Resource resource, AccountUser user, Model model) {
        model.addAttribute("resource", resource);
        model.addAttribute("organisation", resource.authorOrganisationId() == null ? null : relations.author(resource));
        model.addAttribute("relatedGroups", relations.groups(resource));
        model.addAttribute("relatedEvents", relations.events(resource));
        model.addAttribute("canKeep", resources.keeps(user, resource));
        return "resources/resource";
    }

    private Resource visible(UUID id, AccountUser user) {
        return resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
    }

    /** A resource the user sees and keeps (its network's coordinators, the national level). */
    private Resource kept(UUID id, AccountUser user) {
        Resource resource = visible(id, user);
        if (!resources.keeps(user, resource)) {
            throw new AccessDeniedException("Not a keeper of " + id);
        }
        return resource;
    }
}
