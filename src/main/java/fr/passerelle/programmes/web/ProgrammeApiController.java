package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports' indicators as JSON, for the coordinators' API tokens (a funder's dashboard, a spreadsheet); worded in
 * French, as the reports' documents.
 */
@RestController
record ProgrammeApiController(ProgrammeReports reports, ReportDocuments documents) {

    @GetMapping("/api/v1/programmes/{id}/report")
    @Operation(
            summary = "Le bilan d’une démarche",
            description = "Les indicateurs calculés (clé → valeur), les sections telles que le bilan les montre et les"
                    + " actions. Jeton d’API d’une personne de l’équipe de coordination : 401 sans jeton, 403 sinon.")
    Map<String, Object> programme(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return json(reports.programme(signedIn(user), id));
    }

    @GetMapping("/api/v1/actions/{id}/report")
    @Operation(
            summary = "Le bilan d’une action (un événement, un stand, une session…)",
            description = "Les indicateurs calculés (clé → valeur) et les sections du bilan. Jeton d’API d’une"
                    + " personne de l’équipe de coordination : 401 sans jeton, 403 sinon.")
    Map<String, Object> action(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return json(reports.action(signedIn(user), id));
    }

    private static AccountUser signedIn(AccountUser user) {
        if (user == null) {
            throw new ResponseStatusException(
                    HttpStatus.UNAUTHORIZED,
                    "Un jeton d’API d’une personne de l’équipe de coordination est nécessaire.");
        }
        return user;
    }

    private Map<String, Object> json(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("kind", report.kind());
        json.put("title", documents.text(report.about().title()));
        json.put("subtitle", documents.text(report.about().subtitle()));
        json.put(
                "programme",
                Map.of(
                        "id",
                        report.about().programmeId(),
                        "name",
                        report.about().programmeName()));
        json.put("objectives", report.recalled().objectives());
        json.put(
                "description",
                report.recalled().description() == null
                        ? null
                        : documents.text(report.recalled().description()));
        json.put("assessment", report.recalled().assessment());
        json.put("indicators", report.figures());
        json.put("sections", report.sections().stream().map(this::json).toList());
        json.put("actions", report.actions().stream().map(this::json).toList());
        json.put("computedAt", report.computedAt());
        return json;
    }

    /** A section as before its words moved to the bundles: its title, and each indicator's key, label and value. */
    private Map<String, Object> json(Report.Section section) {
        List<Map<String, Object>> indicators = section.indicators().stream()
                .map(indicator -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("key", indicator.key());
                    json.put("label", documents.text(indicator.label()));
                    json.put("number", indicator.number());
                    json.put("shown", documents.text(indicator.shown()));
                    return json;
                })
                .toList();
        return Map.of("title", documents.text(section.title()), "indicators", indicators);
    }

    private Map<String, Object> json(Report.ActionLine action) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", action.id());
        json.put("title", action.title());
        json.put("kind", documents.text(action.kind()));
        json.put("year", action.year());
        json.put("when", documents.text(action.when()));
        json.put("planned", action.planned());
        json.put("summary", documents.text(action.summary()));
        return json;
    }
}
