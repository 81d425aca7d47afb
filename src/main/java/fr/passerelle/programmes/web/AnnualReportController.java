package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
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
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's yearly activity report for its funders (coordinators): a year, optionally a funder (only the actions
 * of the programmes it funds) or a territory (what happened there); as a page, a PDF and a spreadsheet.
 */
@Controller
class AnnualReportController {

    private static final int FIRST_YEAR = 2016;

    private final ProgrammeReports reports;
    private final ReportDocuments files;
    private final TerritoryPages pages;
    private final Territories territories;

    AnnualReportController(
            ProgrammeReports reports, ReportDocuments files, TerritoryPages pages, Territories territories) {
        this.reports = reports;
        this.files = files;
        this.pages = pages;
        this.territories = territories;
    }

    /** The filters as asked, and what was wrong with them. */
    private record Asked(int year, String funder, TerritoryScope territory, String territorySlug, List<String> wrong) {}

    @GetMapping("/programmes/rapport-annuel")
    String annual(
            @RequestParam(name = "annee", required = false) String year,
            @RequestParam(name = "financeur", required = false) String funder,
            @RequestParam(name = "territoire", required = false) String territory,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Asked asked = asked(user, year, funder, territory);
        model.addAttribute("report", reports.annual(user, asked.year(), asked.funder(), asked.territory()));
        model.addAttribute("asked", asked);
        model.addAttribute("wrong", asked.wrong());
        model.addAttribute(
                "years",
                IntStream.rangeClosed(FIRST_YEAR, Paris.today().getYear())
                        .boxed()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        model.addAttribute("funders", reports.funders(user));
        model.addAttribute(
                "territories",
                pages.all().stream()
                        .sorted(Comparator.comparing(TerritoryPage::name))
                        .toList());
        model.addAttribute("query", query(asked));
        return "programmes/annual";
    }

    @GetMapping("/programmes/rapport-annuel.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "annee", required = false) String year,
            @RequestParam(name = "financeur", required = false) String funder,
            @RequestParam(name = "territoire", required = false) String territory,
            @AuthenticationPrincipal AccountUser user) {
        Asked asked = asked(user, year, funder, territory);
        Report report = reports.annual(user, asked.year(), asked.funder(), asked.territory());
        return Downloads.pdf(files.pdf(report), report);
    }

    @GetMapping("/programmes/rapport-annuel.xlsx")
    ResponseEntity<byte[]> spreadsheet(
            @RequestParam(name = "annee", required = false) String year,
            @RequestParam(name = "financeur", required = false) String funder,
            @RequestParam(name = "territoire", required = false) String territory,
            @AuthenticationPrincipal AccountUser user) {
        Asked asked = asked(user, year, funder, territory);
        Report report = reports.annual(user, asked.year(), asked.funder(), asked.territory());
        return Downloads.spreadsheet(files.spreadsheet(report), report);
    }

    /** The year (this year when absent or unreadable), the funder if it is one, the territory if it has a page. */
    private Asked asked(AccountUser user, String year, String funder, String territory) {
        List<String> wrong = new ArrayList<>();
        int thisYear = Paris.today().getYear();
        int chosen = thisYear;
        if (year != null && !year.isBlank()) {
            if (year.strip().matches("\\d{4}")
                    && Integer.parseInt(year.strip()) >= FIRST_YEAR
                    && Integer.parseInt(year.strip()) <= thisYear) {
                chosen = Integer.parseInt(year.strip());
            } else {
                wrong.add("report.annual.wrongYear");
            }
        }
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
            TerritoryPage page = pages.bySlug(territory.strip()).orElse(null);
            if (page == null) {
                wrong.add("report.annual.wrongTerritory");
            } else {
                slug = page.slug();
                scope = new TerritoryScope(
                        page.name(), territories.communeCodes(List.of(page.perimeterId())), page.perimeterId());
            }
        }
        return new Asked(chosen, funderChosen, scope, slug, wrong);
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
        return query.toString();
    }
}
