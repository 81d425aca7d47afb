package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Report;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The reports' indicators as JSON, for the coordinators' API tokens (a funder's dashboard, a spreadsheet). */
@RestController
record ProgrammeApiController(ProgrammeReports reports) {

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

    private static Map<String, Object> json(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("kind", report.kind());
        json.put("title", report.title());
        json.put("subtitle", report.subtitle());
        json.put("programme", Map.of("id", report.programmeId(), "name", report.programmeName()));
        json.put("objectives", report.objectives());
        json.put("description", report.description());
        json.put("assessment", report.assessment());
        json.put("indicators", report.figures());
        json.put("sections", report.sections());
        json.put("actions", report.actions());
        json.put("computedAt", report.computedAt());
        return json;
    }
}
