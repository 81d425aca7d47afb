package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.NetworkScope;
import fr.passerelle.programmes.internal.NetworkScopes;
import fr.passerelle.programmes.internal.NetworkStatistics;
import fr.passerelle.programmes.internal.StatisticsCsv;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's statistics for coordinators: a year's dashboard with charts, and its tables as CSV; the national
 * level reads the national sums, or one network it chooses ({@code reseau}).
 */
@Controller
record StatisticsController(NetworkStatistics statistics, StatisticsCsv csv, NetworkScopes scopes) {

    @GetMapping("/statistiques")
    String dashboard(
            @RequestParam(name = "annee", required = false) String year,
            @RequestParam(name = "reseau", required = false) String network,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        NetworkScope scope = scopes.of(user, network);
        model.addAttribute("statistics", statistics.of(user, ReportYears.shown(year, model), scope));
        model.addAttribute("scope", scope);
        model.addAttribute("networks", scopes.choices(user));
        return "programmes/statistics";
    }

    @GetMapping("/statistiques.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "annee", required = false) String year,
            @RequestParam(name = "reseau", required = false) String network,
            @AuthenticationPrincipal AccountUser user) {
        int chosen = ReportYears.orThisYear(year);
        return Downloads.csv(
                csv.csv(statistics.of(user, chosen, scopes.of(user, network))),
                "statistiques-reseau-" + chosen + ".csv");
    }
}
