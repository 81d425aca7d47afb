package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
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
@Tag(name = "Démarches")
record ProgrammeApiController(ProgrammeReports reports, ReportDocuments documents) {

    @GetMapping("/api/v1/programmes/{id}/report")
    @Operation(
            summary = "Le bilan d’une démarche",
            description = "Les indicateurs calculés (clé → valeur), les sections telles que le bilan les montre et les"
                    + " actions. Jeton d’API d’une personne de l’équipe de coordination.")
    @ReportAnswers
    @ApiResponse(responseCode = "404", description = "Aucune démarche n’a cet identifiant")
    ReportView programme(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return json(reports.programme(signedIn(user), id));
    }

    @GetMapping("/api/v1/actions/{id}/report")
    @Operation(
            summary = "Le bilan d’une action (un événement, un stand, une session…)",
            description = "Les indicateurs calculés (clé → valeur) et les sections du bilan. Jeton d’API d’une"
                    + " personne de l’équipe de coordination.")
    @ReportAnswers
    @ApiResponse(responseCode = "404", description = "Aucune action n’a cet identifiant")
    ReportView action(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return json(reports.action(signedIn(user), id));
    }

    /** The token's owner; without a token, 401 (the programmes' lists and reports are the coordination's). */
    static AccountUser signedIn(AccountUser user) {
        if (user == null) {
            throw new ResponseStatusException(
                    HttpStatus.UNAUTHORIZED,
                    "Un jeton d’API d’une personne de l’équipe de coordination est nécessaire.");
        }
        return user;
    }

    private ReportView json(Report report) {
        return new ReportView(
                report.id(),
                report.kind(),
                documents.text(report.about().title()),
                documents.text(report.about().subtitle()),
                new ProgrammeRef(report.about().programmeId(), report.about().programmeName()),
                report.recalled().objectives(),
                report.recalled().description() == null
                        ? null
                        : documents.text(report.recalled().description()),
                report.recalled().assessment(),
                report.figures(),
                report.sections().stream().map(this::json).toList(),
                report.actions().stream().map(this::json).toList(),
                report.computedAt());
    }

    /** A section as before its words moved to the bundles: its title, and each indicator's key, label and value. */
    private SectionView json(Report.Section section) {
        return new SectionView(
                documents.text(section.title()),
                section.indicators().stream()
                        .map(indicator -> new IndicatorView(
                                indicator.key(),
                                documents.text(indicator.label()),
                                indicator.number(),
                                documents.text(indicator.shown())))
                        .toList());
    }

    private ActionView json(Report.ActionLine action) {
        return new ActionView(
                action.id(),
                action.title(),
                documents.text(action.kind()),
                action.year(),
                documents.text(action.when()),
                action.planned(),
                documents.text(action.summary()));
    }

    /** A report (bilan) of a programme or an action, worded in French. */
    @Schema(name = "Report")
    record ReportView(
            UUID id,
            @Schema(allowableValues = {"programme", "action"}) String kind,
            String title,
            @Schema(nullable = true) String subtitle,
            ProgrammeRef programme,
            List<String> objectives,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) String assessment,
            @Schema(
                            description = "Chaque indicateur par sa clé ; null quand il ne peut pas être calculé",
                            additionalPropertiesSchema = Figure.class)
                    Map<String, Double> indicators,
            List<SectionView> sections,
            List<ActionView> actions,
            OffsetDateTime computedAt) {}

    /** An indicator's value, or null when it cannot be computed. */
    @Schema(name = "Figure", type = "number", format = "double", nullable = true)
    interface Figure {}

    /** The programme a report belongs to. */
    record ProgrammeRef(UUID id, String name) {}

    /** A section of a report: its title and indicators. */
    @Schema(name = "ReportSection")
    record SectionView(String title, List<IndicatorView> indicators) {}

    /** An indicator: its key, label, value (null when it cannot be computed) and the value as written. */
    @Schema(name = "ReportIndicator")
    record IndicatorView(String key, String label, @Schema(nullable = true) Double number, String shown) {}

    /** An action of a programme's report. */
    @Schema(name = "ReportAction")
    record ActionView(
            UUID id,
            String title,
            String kind,
            int year,
            String when,
            boolean planned,
            @Schema(nullable = true) String summary) {}
}
