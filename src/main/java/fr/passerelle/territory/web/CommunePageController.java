package fr.passerelle.territory.web;

import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages to find a commune and see where it belongs and how rural it is. */
@Controller
record CommunePageController(Territories territories, TerritoryPages pages, MessageSource messages) {
    @GetMapping("/territoires/communes")
    String search(@RequestParam(defaultValue = "") String q, HtmxRequest htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", territories.searchCommunes(q, 20));
        return htmx.isHtmxRequest() ? "territory/communes :: results" : "territory/communes";
    }

    /**
     * The suggestions of the commune field fragment, as options of its list box. The field sends
     * what was typed under its own name, {@code <field>Label}.
     */
    @GetMapping("/territoires/communes/suggestions")
    String suggestions(
            @RequestParam(defaultValue = "commune") String field,
            @RequestParam java.util.Map<String, String> params,
            Model model) {
        String typed = params.getOrDefault("q", params.getOrDefault(field + "Label", ""));
        model.addAttribute("suggestions", territories.searchCommunes(typed, 8));
        model.addAttribute("field", field.replaceAll("[^A-Za-z0-9_-]", ""));
        return "fragments/commune-field :: suggestions";
    }

    /** The home page's lookup: straight to the chosen commune, or to the search when none was picked. */
    @GetMapping("/territoires/communes/aller")
    String go(@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String communeLabel) {
        if (territories.commune(commune).isPresent()) {
            return "redirect:/territoires/communes/" + commune;
        }
        return "redirect:/territoires/communes?q="
                + java.net.URLEncoder.encode(communeLabel.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/territoires/communes/{code}")
    String commune(@PathVariable String code, Model model, java.util.Locale locale) {
        Commune commune =
                territories.commune(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var perimeters = territories.perimetersCovering(code);
        model.addAttribute("commune", commune);
        model.addAttribute("densityInherited", DensityInheritance.text(commune, messages, locale));
        model.addAttribute("perimeters", perimeters);
        model.addAttribute(
                "territoryPages",
                perimeters.stream()
                        .map(Perimeter::id)
                        .map(pages::byPerimeter)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        return "territory/commune";
    }
}
