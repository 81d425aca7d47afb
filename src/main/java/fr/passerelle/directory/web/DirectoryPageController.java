package fr.passerelle.directory.web;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.territory.CommuneMatch;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public search of the directory: list with filters and counts, and the map of the same results. */
@Controller
record DirectoryPageController(Directory directory, CommuneResolver communes) {
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
    String map(SearchParams params, Model model) {
        prepare(params, model);
        return "directory/map";
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
        return query;
    }

    static List<String> none() {
        return List.of();
    }
}
