package fr.passerelle.offers.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPageDraft;
import fr.passerelle.territory.TerritoryPages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Territory pages for newcomers: what the territory says of itself (written by its organisation's agents), its
 * figures computed from the data, its welcome desk, the support actors present, its offers on a map. Composed here
 * from the territory, directory and offers modules.
 */
@Controller
record TerritoryPageController(
        TerritoryPages pages,
        Territories territories,
        Directory directory,
        Offers offers,
        OfferViews views,
        fr.passerelle.events.Events events) {
    static final int PAGE_OFFERS = 12;
    static final int PAGE_EVENTS = 6;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A territory page's form. */
    record PageForm(
            String perimeterId,
            String name,
            String tagline,
            String living,
            String services,
            String mobility,
            String housing,
            String schools) {

        TerritoryPageDraft draft() {
            return new TerritoryPageDraft(name, tagline, living, services, mobility, housing, schools);
        }

        static PageForm of(TerritoryPage page) {
            return new PageForm(
                    page.perimeterId().toString(),
                    page.name(),
                    page.tagline(),
                    page.living(),
                    page.services(),
                    page.mobility(),
                    page.housing(),
                    page.schools());
        }
    }

    @GetMapping("/territoires")
    String index(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("pages", pages.all());
        model.addAttribute("canCreate", !offers.publishers(user).isEmpty());
        return "territory/pages";
    }

    @GetMapping("/territoires/{slug:[a-z0-9\\-]+}")
    String page(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        TerritoryPage page = pages.bySlug(slug).orElseThrow(TerritoryPageController::notFound);
        List<String> communes = territories.communeCodes(List.of(page.perimeterId()));
        OfferPage found = offers.search(OfferQuery.inCommunes(communes, 0, PAGE_OFFERS));
        List<Offer> shown = OfferViews.offers(found.hits());
        Map<String, String> places = views.communes(shown);
        Organisation organisation =
                directory.organisation(page.organisationId()).orElse(null);
        model.addAttribute("page", page);
        model.addAttribute("figures", pages.figures(page.perimeterId()));
        model.addAttribute("actors", directory.organisationsBasedIn(communes));
        model.addAttribute("organisation", organisation);
        model.addAttribute(
                "desk",
                organisation == null || organisation.communeCode() == null
                        ? null
                        : directory.welcomeDeskFor(organisation.communeCode()).orElse(null));
        model.addAttribute("offers", found);
        model.addAttribute("communes", places);
        model.addAttribute("markers", markers(shown, places));
        model.addAttribute("hasMarkers", shown.stream().anyMatch(offer -> offer.latitude() != null));
        model.addAttribute("editable", mayEdit(user, page));
        model.addAttribute(
                "events",
                events
                        .agenda(new fr.passerelle.events.Events.AgendaQuery(
                                java.time.OffsetDateTime.now(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                communes,
                                page.perimeterId(),
                                0,
                                PAGE_EVENTS,
                                null))
                        .stream()
                        .limit(PAGE_EVENTS)
                        .toList());
        return "territory/page";
    }

    private String markers(List<Offer> shown, Map<String, String> places) {
        List<Map<String, Object>> markers = new ArrayList<>();
        for (Offer offer : shown) {
            if (offer.latitude() != null) {
                Map<String, Object> marker = new LinkedHashMap<>();
                marker.put("lat", offer.latitude());
                marker.put("lon", offer.longitude());
                marker.put("title", offer.title());
                marker.put("place", places.get(offer.communeCode()));
                marker.put("url", "/offres/" + offer.id());
                markers.add(marker);
            }
        }
        return JSON.writeValueAsString(markers);
    }

    @GetMapping("/territoires/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("form", new PageForm("", "", "", "", "", "", "", ""));
        return createForm(user, model);
    }

    @PostMapping("/territoires/nouvelle")
    String create(
            @ModelAttribute("form") PageForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Choice chosen = choices(user).stream()
                .filter(choice -> choice.value().equals(form.perimeterId()))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.rejectValue("perimeterId", "territory.page.perimeter.required");
        }
        try {
            if (chosen != null) {
                TerritoryPage page =
                        pages.createForCoverage(chosen.perimeters(), chosen.organisationId(), form.draft());
                return "redirect:/territoires/" + page.slug();
            }
        } catch (TerritoryPages.PageRejectedException rejected) {
            FormErrors.reject(errors, rejected, Map.of("perimeter", "perimeterId"));
        }
        return createForm(user, model);
    }

    private String createForm(AccountUser user, Model model) {
        List<Choice> choices = choices(user);
        if (offers.publishers(user).isEmpty()) {
            throw new AccessDeniedException("Territory agents only");
        }
        model.addAttribute("choices", choices);
        return "territory/page-new";
    }

    /** A territory the agent may open a page for: one perimeter, or the whole of what their structure covers. */
    record Choice(String value, String name, boolean whole, UUID organisationId, List<UUID> perimeters) {}

    /**
     * The territories the agent's organisations run that have no page yet: each perimeter they cover below the
     * département, and, for a structure covering several, the whole of them.
     */
    private List<Choice> choices(AccountUser user) {
        List<Choice> choices = new ArrayList<>();
        for (Organisation organisation : offers.publishers(user)) {
            if (!pages.ofOrganisations(List.of(organisation.id())).isEmpty()
                    && organisation.coverage().size() > 1) {
                // Its whole coverage already has its page: only single perimeters remain.
            } else if (organisation.coverage().size() > 1) {
                choices.add(new Choice(
                        "structure:" + organisation.id(),
                        organisation.name(),
                        true,
                        organisation.id(),
                        organisation.coverage()));
            }
            for (Perimeter perimeter : territories.perimeters(organisation.coverage())) {
                if (perimeter.kind() != PerimeterKind.DEPARTEMENT
                        && perimeter.kind() != PerimeterKind.REGION
                        && perimeter.kind() != PerimeterKind.FRANCE
                        && pages.byPerimeter(perimeter.id()).isEmpty()) {
                    choices.add(new Choice(
                            perimeter.id().toString(),
                            perimeter.name() + " — " + organisation.name(),
                            false,
                            organisation.id(),
                            List.of(perimeter.id())));
                }
            }
        }
        return choices;
    }

    @GetMapping("/territoires/{slug}/modifier")
    String edit(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        TerritoryPage page = editable(user, slug);
        model.addAttribute("form", PageForm.of(page));
        model.addAttribute("page", page);
        return "territory/page-edit";
    }

    @PostMapping("/territoires/{slug}/modifier")
    String edit(
            @PathVariable String slug,
            @ModelAttribute("form") PageForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        TerritoryPage page = editable(user, slug);
        try {
            pages.update(page.id(), form.draft());
            redirect.addFlashAttribute("notice", "territory.page.saved");
            return "redirect:/territoires/" + page.slug();
        } catch (TerritoryPages.PageRejectedException rejected) {
            FormErrors.reject(errors, rejected);
        }
        model.addAttribute("page", page);
        return "territory/page-edit";
    }

    private TerritoryPage editable(AccountUser user, String slug) {
        return pages.bySlug(slug).filter(page -> mayEdit(user, page)).orElseThrow(TerritoryPageController::notFound);
    }

    /** The agents of the organisation that runs the territory, and the coordinators acting for it. */
    private boolean mayEdit(AccountUser user, TerritoryPage page) {
        return offers.mayPublishFor(user, page.organisationId());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Page de territoire inconnue");
    }
}
