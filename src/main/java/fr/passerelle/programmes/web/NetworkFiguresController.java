package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.NetworkFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A year's figures per regional network and their sums: every network for the national level, else one's own. */
@Controller
record NetworkFiguresController(NetworkFigures figures) {

    @GetMapping("/statistiques/reseaux")
    String figures(
            @RequestParam(name = "annee", required = false) String year,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        model.addAttribute("figures", figures.of(user, ReportYears.shown(year, model)));
        return "programmes/network-figures";
    }
}
