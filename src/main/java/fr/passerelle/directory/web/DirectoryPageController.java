package fr.passerelle.directory.web;

import fr.passerelle.common.Audience;
import fr.passerelle.common.PartnerOrigins;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.territory.CommuneMatch;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public search of the directory: list with filters and counts, and the map of the same results. */
@Controller
record DirectoryPageController(
        Directory directory,
        CommuneResolver communes,
        PartnerOrigins partners,
        SiteAddress site,
        MessageSource messages) {

    /** The map alone, for partner sites to show in a frame. */
    static final String EMBEDDED_MAP = "/annuaire/carte/integree";

    @GetMapping("/annuaire")
    String search(SearchParams params, HtmxRequest htmx, Model model) {
        DirectoryQuery query = prepare(params, model);
        model.addAttribute(
                "result",
                params.schemesTab()
                        ? directory.searchSchemes(query, true)
                        : directory.searchOrganisations(query, true));
        return htmx.isHtmxRequest() ? "directory/search :: results" : "directory/search";
    }

    @GetMapping("/annuaire/carte")
    String map(SearchParams params, Model model, Locale locale) {
        prepare(params, model);
        model.addAttribute(
                "embedSnippet",
                "<iframe src=\"" + site.url() + EMBEDDED_MAP + "?"
                        + params.queryStringWithoutPage().replace("&", "&amp;")
                        + "\" title=\"" + messages.getMessage("directory.map.embed.frameTitle", null, locale)
                        + "\" height=\"560\" loading=\"lazy\" style=\"width:100%;border:0\"></iframe>");
        return "directory/map";
    }

    /**
     * The same map without the site around it, for a partner's page: links open the platform in a new tab, and only
     * the platform and the network's partner sites may show it in a frame.
     */
    @GetMapping(EMBEDDED_MAP)
    String embeddedMap(SearchParams params, Model model, HttpServletResponse response) {
        prepare(params, model);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
                        + "img-src 'self' data: https://*.tile.openstreetmap.org; base-uri 'none'; form-action 'none'; "
                        + partners.frameAncestors());
        model.addAttribute("baseUrl", site.url());
        return "directory/map-embedded";
    }

    private DirectoryQuery prepare(SearchParams params, Model model) {
        Optional<CommuneMatch> commune = communes.resolve(params.commune(), params.communeLabel());
        DirectoryQuery query =
                params.toQuery(commune.map(CommuneMatch::code).orElse(null), SearchParams.PAGE_SIZE, new ArrayList<>());
        model.addAttribute("params", params);
        model.addAttribute("commune", commune.orElse(null));
        model.addAttribute(
                "communeUnknown",
                commune.isEmpty()
                        && ((params.commune() != null && !params.commune().isBlank())
                                || (params.communeLabel() != null
                                        && !params.communeLabel().isBlank())));
        model.addAttribute("queryString", params.queryStringWithoutPage());
        model.addAttribute("families", Family.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("schemeTypes", SchemeType.values());
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("today", java.time.LocalDate.now());
        if (!model.containsAttribute("alertForm")) {
            model.addAttribute(
                    "alertForm",
                    SchemeAlertForm.forCommune(commune.map(CommuneMatch::name).orElse(null)));
        }
        model.addAttribute("projectKinds", fr.passerelle.common.ProjectKind.values());
        model.addAttribute("departements", communes.territories().departements());
        model.addAttribute("coverageArea", coverageArea(query));
        return query;
    }

    /** The département whose entries the search keeps by their coverage, when it names a known one. */
    private fr.passerelle.territory.Area coverageArea(DirectoryQuery query) {
        return communes.territories().departements().stream()
                .filter(departement -> departement.code().equals(query.coverageDepartement()))
                .findFirst()
                .orElse(null);
    }

    static List<String> none() {
        return List.of();
    }
}
