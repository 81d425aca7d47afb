package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Paris;
import fr.passerelle.programmes.internal.NetworkStatistics;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network's statistics for coordinators: a year's dashboard with charts, and its tables as CSV. */
@Controller
class StatisticsController {

    private static final int FIRST_YEAR = 2016;

    private final NetworkStatistics statistics;

    StatisticsController(NetworkStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistiques")
    String dashboard(
            @RequestParam(name = "annee", required = false) String year,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        int chosen = year(year);
        model.addAttribute("statistics", statistics.of(user, chosen));
        model.addAttribute("wrongYear", year != null && !year.isBlank() && chosen != parse(year));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(FIRST_YEAR, thisYear())
                        .boxed()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        return "programmes/statistics";
    }

    @GetMapping("/statistiques.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "annee", required = false) String year, @AuthenticationPrincipal AccountUser user) {
        int chosen = year(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statistiques-reseau-" + chosen + ".csv")
                                .build()
                                .toString())
                .body(statistics.csv(statistics.of(user, chosen)));
    }

    /** The year asked, or this year when it is absent, unreadable or out of range. */
    private static int year(String typed) {
        int year = parse(typed);
        return year >= FIRST_YEAR && year <= thisYear() ? year : thisYear();
    }

    private static int parse(String typed) {
        return typed != null && typed.strip().matches("\\d{4}") ? Integer.parseInt(typed.strip()) : -1;
    }

    private static int thisYear() {
        return Paris.today().getYear();
    }
}
