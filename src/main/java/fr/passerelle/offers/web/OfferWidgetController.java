package fr.passerelle.offers.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Organisation;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferWidgets;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offers widget: the frame a territory embeds in its own website (allowed only to the sites it declared), and
 * the agents' page where they declare those sites, choose the kinds shown, and copy the snippet.
 */
@Controller
record OfferWidgetController(OfferWidgets widgets, Offers offers, OfferViews views, SiteAddress site) {
    static final int WIDGET_OFFERS = 30;

    @GetMapping("/offres/widget/{organisationId}")
    String widget(@PathVariable UUID organisationId, Model model, HttpServletResponse response) {
        OfferWidgets.Widget widget = widgets.widget(organisationId)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun widget pour ce territoire"));
        List<Offer> found = widgets.offersOf(widget, WIDGET_OFFERS);
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'self' " + String.join(" ", widget.allowedOrigins()));
        model.addAttribute("offers", found);
        model.addAttribute("communes", views.communes(found));
        model.addAttribute("publisher", views.publisherName(organisationId));
        model.addAttribute("baseUrl", site.url());
        return "offers/widget";
    }

    @GetMapping("/offres/mes-offres/widget")
    String settings(
            @RequestParam(required = false) UUID organisation, @AuthenticationPrincipal AccountUser user, Model model) {
        Organisation territory = territory(user, organisation);
        Optional<OfferWidgets.Widget> widget = widgets.widget(territory.id());
        if (!model.containsAttribute("origins")) {
            model.addAttribute(
                    "origins",
                    widget.map(w -> String.join("\n", w.allowedOrigins())).orElse(""));
        }
        model.addAttribute("chosen", widget.map(OfferWidgets.Widget::kinds).orElse(List.of()));
        model.addAttribute("widget", widget.orElse(null));
        model.addAttribute("territory", territory);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("snippet", widget.map(w -> snippet(territory)).orElse(null));
        return "offers/widget-settings";
    }

    @PostMapping("/offres/mes-offres/widget")
    String save(
            @RequestParam UUID organisation,
            @RequestParam(defaultValue = "") String origins,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Organisation territory = territory(user, organisation);
        List<OfferKind> chosen = (kinds == null ? List.<String>of() : kinds)
                .stream()
                        .map(code -> Vocabulary.parse(OfferKind.class, code))
                        .flatMap(Optional::stream)
                        .toList();
        PageAnswers.of(redirect, "originsError")
                .keeping("origins", origins)
                .tried(() -> widgets.save(user, territory.id(), origins, chosen), "offer.widget.saved");
        return "redirect:/offres/mes-offres/widget?organisation=" + territory.id();
    }

    private String snippet(Organisation territory) {
        return "<iframe src=\"" + site.url() + "/offres/widget/" + territory.id()
                + "\" title=\"Offres d’installation — "
                + territory.name().replace("\"", "&quot;")
                + "\" height=\"640\" loading=\"lazy\" style=\"width:100%;border:0\"></iframe>";
    }

    private Organisation territory(AccountUser user, UUID organisation) {
        List<Organisation> publishers = offers.publishers(user);
        if (publishers.isEmpty()) {
            throw new AccessDeniedException("Territory agents only");
        }
        return organisation == null
                ? publishers.get(0)
                : publishers.stream()
                        .filter(candidate -> candidate.id().equals(organisation))
                        .findFirst()
                        .orElseThrow(() -> new AccessDeniedException("Not one of the user's territories"));
    }
}
