package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeAction;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programmes and their actions for the coordinators' API tokens, so that a funder's dashboard or a partner finds
 * an action's id (and its report's address) without reading the HTML pages.
 */
@RestController
@Tag(name = "Démarches")
record ProgrammeListApiController(Programmes programmes, SiteAddress site) {

    static final int PAGE_SIZE = 50;

    @GetMapping("/api/v1/programmes")
    @Operation(
            summary = "Les démarches du réseau",
            description = "Les démarches (programmes) de la plus récente à la plus ancienne, par pages de 50, avec"
                    + " l’adresse de leur bilan et de leurs actions. Jeton d’API d’une personne de l’équipe de"
                    + " coordination.")
    @ApiResponse(responseCode = "200", description = "Une page des démarches")
    @ApiResponse(responseCode = "400", description = "Un numéro de page illisible")
    @ApiResponse(responseCode = "403", description = "Le jeton n’est pas celui d’une personne de la coordination")
    ApiPage<ProgrammeItem> programmes(
            @Parameter(description = "Le numéro de la page, à partir de 0") @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request) {
        List<Programme> all = programmes.all(ProgrammeApiController.signedIn(user));
        return page(all, page, this::item, request);
    }

    @GetMapping("/api/v1/programmes/{id}/actions")
    @Operation(
            summary = "Les actions d’une démarche",
            description = "Ses actions (sessions, événements, stands, groupes de travail, campagnes d’offres), tenues"
                    + " ou prévues, par année, par pages de 50, avec l’adresse de leur bilan. 404 pour une démarche"
                    + " inconnue. Jeton d’API d’une personne de l’équipe de coordination.")
    @ApiResponse(responseCode = "200", description = "Une page des actions")
    @ApiResponse(
            responseCode = "400",
            description = "Un identifiant qui n’est pas un UUID, un numéro de page illisible")
    @ApiResponse(responseCode = "403", description = "Le jeton n’est pas celui d’une personne de la coordination")
    @ApiResponse(responseCode = "404", description = "Aucune démarche n’a cet identifiant")
    ApiPage<ActionItem> actions(
            @PathVariable UUID id,
            @Parameter(description = "Le numéro de la page, à partir de 0") @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request) {
        AccountUser coordinator = ProgrammeApiController.signedIn(user);
        programmes.programme(coordinator, id);
        return page(programmes.actions(coordinator, id), page, this::item, request);
    }

    /** A programme as a partner reads it. */
    @Schema(
            name = "ProgrammeItem",
            description = "Une démarche, avec les adresses de sa page, de son bilan et de ses actions")
    record ProgrammeItem(
            UUID id,
            String name,
            int firstYear,
            int lastYear,
            List<String> funders,
            List<String> objectives,
            String page,
            String report,
            String actions) {}

    /**
     * An action as a partner reads it; {@code eventId} for a session, event or stand, {@code groupId} for a working
     * group, the period for an offers campaign.
     */
    @Schema(name = "ProgrammeActionItem", description = "Une action d’une démarche, avec l’adresse de son bilan")
    record ActionItem(
            UUID id,
            UUID programmeId,
            @Schema(description = "session, evenement, stand, groupe_travail ou campagne_offres") String kind,
            String title,
            int year,
            boolean planned,
            @Schema(nullable = true, description = "L’événement de l’agenda, pour une session, un événement, un stand")
                    UUID eventId,
            @Schema(nullable = true, description = "Le groupe de travail") UUID groupId,
            @Schema(nullable = true, description = "Le début d’une campagne d’offres") LocalDate periodStart,
            @Schema(nullable = true, description = "La fin d’une campagne d’offres") LocalDate periodEnd,
            String page,
            String report) {}

    private ProgrammeItem item(Programme programme) {
        String api = site.url() + "/api/v1/programmes/" + programme.id();
        return new ProgrammeItem(
                programme.id(),
                programme.name(),
                programme.firstYear(),
                programme.lastYear(),
                programme.funders(),
                programme.objectives(),
                site.url() + "/programmes/" + programme.id(),
                api + "/report",
                api + "/actions");
    }

    private ActionItem item(ProgrammeAction action) {
        return new ActionItem(
                action.id(),
                action.programmeId(),
                action.kind().code(),
                action.title(),
                action.year(),
                action.planned(),
                action.eventId(),
                action.groupId(),
                action.periodStart(),
                action.periodEnd(),
                site.url() + "/programmes/actions/" + action.id(),
                site.url() + "/api/v1/actions/" + action.id() + "/report");
    }

    /** Page {@code asked} (from 0) of a list read whole: a network has tens of programmes, a programme tens of actions. */
    private <S, T> ApiPage<T> page(List<S> all, int asked, Function<S, T> item, HttpServletRequest request) {
        int page = Math.max(0, asked);
        int from = (int) Math.min(all.size(), (long) page * PAGE_SIZE);
        List<T> items = all.subList(from, Math.min(all.size(), from + PAGE_SIZE)).stream()
                .map(item)
                .toList();
        return ApiPage.counted(site, request, items, page, PAGE_SIZE, all.size());
    }
}
