package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Paris;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.internal.EntryNotFoundException;
import fr.passerelle.territory.Territories;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public page of an organisation or a scheme, and the form to report an error on it. */
@Controller
class EntryPageController {

    private final Directory directory;
    private final Territories territories;
    private final CoverageLevels levels;
    private final PublicLimits.Scope reports;
    private final OrganisationStructuredData structuredData;

    EntryPageController(
            Directory directory,
            Territories territories,
            CoverageLevels levels,
            PublicLimits limits,
            OrganisationStructuredData structuredData) {
        this.structuredData = structuredData;
        this.directory = directory;
        this.territories = territories;
        this.levels = levels;
        this.reports = limits.scope("directory-report");
    }

    private static final int RELATED = 6;

    @GetMapping("/annuaire/structures/{id}")
    String organisation(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Organisation organisation =
                directory.publishedOrganisation(id).orElseThrow(() -> new EntryNotFoundException(id));
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", new ReportForm("", ""));
        }
        return organisationView(organisation, user, model);
    }

    @GetMapping("/annuaire/dispositifs/{id}")
    String scheme(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        Scheme scheme = directory.publishedScheme(id).orElseThrow(() -> new EntryNotFoundException(id));
        model.addAttribute("scheme", scheme);
        model.addAttribute(
                "organisation",
                directory.publishedOrganisation(scheme.organisationId()).orElseThrow());
        model.addAttribute("coverage", directory.coverage(scheme.coverage()));
        LocalDate today = Paris.today();
        model.addAttribute("today", today);
        model.addAttribute(
                "schemeSession", SchemeSession.of(scheme, today, locale).orElse(null));
        model.addAttribute("canEdit", directory.canEdit(user, scheme.organisationId()));
        model.addAttribute("related", directory.relatedSchemes(scheme.id(), RELATED));
        return "directory/scheme";
    }

    @PostMapping("/annuaire/structures/{id}/signaler")
    String report(
            @PathVariable UUID id,
            @Valid @ModelAttribute("report") ReportForm report,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation =
                directory.publishedOrganisation(id).orElseThrow(() -> new EntryNotFoundException(id));
        if (!errors.hasErrors() && !reports.allows(request.getRemoteAddr(), report.email())) {
            errors.rejectValue("message", "limits.throttled");
        }
        if (errors.hasErrors()) {
            return organisationView(organisation, user, model);
        }
        directory.reportError(id, null, report.message(), report.email());
        return PageAnswers.back(redirect, "report.thanks", "/annuaire/structures/" + id);
    }

    /** A coordinator makes the organisation the welcome desk of a territory around its commune, or no longer one. */
    @PostMapping("/annuaire/structures/{id}/accueil")
    String welcomeDesk(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String level,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Organisation organisation =
                directory.publishedOrganisation(id).orElseThrow(() -> new EntryNotFoundException(id));
        java.util.List<UUID> perimeters = level.isBlank() || organisation.communeCode() == null
                ? java.util.List.of()
                : territories
                        .commune(organisation.communeCode())
                        .map(commune -> java.util.List.of(levels.perimeter(level, commune)))
                        .orElse(java.util.List.of());
        directory.setWelcomeDesk(user, id, perimeters);
        return PageAnswers.back(redirect, "directory.saved", "/annuaire/structures/" + id);
    }

    @PostMapping("/annuaire/structures/{id}/verifier")
    String confirmVerified(
            @PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        directory.publishedOrganisation(id).orElseThrow(() -> new EntryNotFoundException(id));
        directory.confirmVerified(user, id);
        return PageAnswers.back(redirect, "directory.verified", "/annuaire/structures/" + id);
    }

    private String organisationView(Organisation organisation, AccountUser user, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("schemes", directory.publishedSchemesOf(organisation.id()));
        var coverage = directory.coverage(organisation.coverage());
        model.addAttribute("coverage", coverage);
        var commune = organisation.communeCode() == null
                ? null
                : territories.commune(organisation.communeCode()).orElse(null);
        model.addAttribute("commune", commune);
        model.addAttribute("jsonLd", structuredData.of(organisation, commune, coverage));
        model.addAttribute("today", LocalDate.now());
        boolean canEdit = directory.canEdit(user, organisation.id());
        model.addAttribute("canEdit", canEdit);
        model.addAttribute(
                "waitingCoverage", canEdit ? directory.waitingCoverage(organisation.id()) : java.util.List.of());
        model.addAttribute("related", directory.relatedOrganisations(organisation.id(), RELATED));
        model.addAttribute(
                "responses", directory.responseRecord(organisation.id()).orElse(null));
        model.addAttribute("desk", directory.welcomeDeskPerimeters(organisation.id()));
        model.addAttribute("canModerate", directory.coordinates(user, organisation.id()));
        model.addAttribute("deskLevels", java.util.List.of("commune", "epci", "departement"));
        return "directory/organisation";
    }
}
