package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.NetworkScope;
import fr.passerelle.programmes.internal.NetworkScopes;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.ProgrammeReports.TerritoryScope;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The network's yearly activity report for its funders (coordinators): a year, optionally a funder (only the actions
 * of the programmes it funds) or a territory (what happened there); as a page, a PDF and a spreadsheet.
 */
@Controller
record AnnualReportController(
        ProgrammeReports reports,
        ReportDocuments files,
        TerritoryPages pages,
        Territories territories,
        NetworkScopes scopes) {

    /** The filters as asked, and what was wrong with them. */
    private record Asked(
            int year,
            String funder,
            TerritoryScope territory,
            String territorySlug,
            NetworkScope scope,
            List<String> wrong) {}

    @GetMapping("/programmes/rapport-annuel")
    String annual(AnnualFilters filters, @AuthenticationPrincipal AccountUser user, Model model) {
        Asked asked = asked(user, filters);
        model.addAttribute(
                "report", reports.annual(user, asked.year(), asked.funder(), asked.territory(), asked.scope()));
        model.addAttribute("asked", asked);
        model.addAttribute("networks", scopes.choices(user));
        model.addAttribute("wrong", asked.wrong());
        model.addAttribute("years", ReportYears.latestFirst());
        model.addAttribute("funders", reports.funders(user));
        model.addAttribute(
                "territories",
                pages.all().stream()
                        .filter(page -> asked.scope().national()
                                || asked.scope().perimeters().contains(page.perimeterId()))
                        .sorted(Comparator.comparing(TerritoryPage::name))
                        .toList());
        model.addAttribute("query", query(asked));
        return "programmes/annual";
    }

    @GetMapping("/programmes/rapport-annuel.{format:pdf|xlsx}")
    ResponseEntity<byte[]> download(
            @PathVariable String format, AnnualFilters filters, @AuthenticationPrincipal AccountUser user) {
        return Downloads.of(report(user, filters), format, files);
    }

    /** The filters as the page's form sends them, in French as its address shows them. */
    record AnnualFilters(String annee, String financeur, String territoire, String reseau) {}

    private Report report(AccountUser user, AnnualFilters filters) {
        Asked asked = asked(user, filters);
        return reports.annual(user, asked.year(), asked.funder(), asked.territory(), asked.scope());
    }

    /**
     * The year (this year when absent or unreadable), the funder if it is one, the territory if it has a page in the
     * network read, the network read (see {@link NetworkScopes#of}: another network's is not found).
     */
    private Asked asked(AccountUser user, AnnualFilters filters) {
        NetworkScope network = scopes.of(user, filters.reseau());
        String year = filters.annee();
        String funder = filters.financeur();
        String territory = filters.territoire();
        List<String> wrong = new ArrayList<>();
        if (ReportYears.wrong(year)) {
            wrong.add("report.annual.wrongYear");
        }
        int chosen = ReportYears.orThisYear(year);
        String funderChosen = null;
        if (funder != null && !funder.isBlank()) {
            if (reports.funders(user).contains(funder.strip())) {
                funderChosen = funder.strip();
            } else {
                wrong.add("report.annual.wrongFunder");
            }
        }
        TerritoryScope scope = null;
        String slug = null;
        if (territory != null && !territory.isBlank()) {
            TerritoryPage page = pages.bySlug(territory.strip())
                    .filter(found -> network.national() || network.perimeters().contains(found.perimeterId()))
                    .orElse(null);
            if (page == null) {
                wrong.add("report.annual.wrongTerritory");
            } else {
                slug = page.slug();
                scope = new TerritoryScope(
                        page.name(), territories.communeCodes(List.of(page.perimeterId())), page.perimeterId());
            }
        }
        return new Asked(chosen, funderChosen, scope, slug, network, wrong);
    }

    private static String query(Asked asked) {
        StringBuilder query = new StringBuilder("annee=" + asked.year());
        if (asked.funder() != null) {
            query.append("&financeur=")
                    .append(java.net.URLEncoder.encode(asked.funder(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (asked.territorySlug() != null) {
            query.append("&territoire=").append(asked.territorySlug());
        }
        if (!asked.scope().national()) {
            query.append("&reseau=").append(asked.scope().networkId());
        }
        return query.toString();
    }
}
