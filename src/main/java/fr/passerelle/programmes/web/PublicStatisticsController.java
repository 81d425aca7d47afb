package fr.passerelle.programmes.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.programmes.internal.PublicFigures;
import fr.passerelle.programmes.internal.PublicStatisticsCsv;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The network's public figures (chiffres clés), for anyone without signing in: a table by year with its charts, and
 * the same table as CSV.
 */
@Controller
record PublicStatisticsController(PublicFigures figures, PublicStatisticsCsv csv) {

    @GetMapping("/chiffres")
    String page(@ModelAttribute("periodForm") PeriodForm form, BindingResult binding, Model model) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        PeriodForm.Period period = form.check(errors);
        model.addAttribute("statistics", figures.of(period.first(), period.last()));
        model.addAttribute("period", period);
        return "programmes/public-statistics";
    }

    @GetMapping("/chiffres.csv")
    ResponseEntity<String> csv(@ModelAttribute("periodForm") PeriodForm form, BindingResult binding) {
        PeriodForm.Period period = form.check(binding);
        if (binding.hasErrors()) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(csv.refusal(binding));
        }
        return Downloads.csv(
                csv.csv(figures.of(period.first(), period.last())),
                "chiffres-reseau-" + period.first() + "-" + period.last() + ".csv");
    }
}
