package fr.passerelle.programmes.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeAction;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programmes and their actions for the coordinators' API tokens, so that a funder's dashboard or a partner finds
 * an action's id (and its report's address) without reading the HTML pages.
 */
@RestController
record ProgrammeListApiController(Programmes programmes, SiteAddress site) {

    static final int PAGE_SIZE = 50;

    @GetMapping("/api/v1/programmes")
    @Operation(
            summary = "Les démarches du réseau",
            description = "Les démarches (programmes) de la plus récente à la plus ancienne, par pages de 50, avec"
                    + " l’adresse de leur bilan et de leurs actions. Jeton d’API d’une personne de l’équipe de"
                    + " coordination : 401 sans jeton, 403 sinon.")
    ApiPage<ProgrammeItem> programmes(
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AccountUser user) {
        List<Programme> all = programmes.all(signedIn(user));
        return ApiPage.of(page(page), slice(all, page(page)), PAGE_SIZE, this::item);
    }

    @GetMapping("/api/v1/programmes/{id}/actions")
    @Operation(
            summary = "Les actions d’une démarche",
            description = "Ses actions (sessions, événements, stands, groupes de travail, campagnes d’offres), tenues"
                    + " ou prévues, par année, par pages de 50, avec l’adresse de leur bilan. 404 pour une démarche"
                    + " inconnue. Jeton d’API d’une personne de l’équipe de coordination : 401 sans jeton, 403 sinon.")
    ApiPage<ActionItem> actions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountUser user) {
        AccountUser coordinator = signedIn(user);
        programmes.programme(coordinator, id);
        List<ProgrammeAction> all = programmes.actions(coordinator, id);
        return ApiPage.of(page(page), slice(all, page(page)), PAGE_SIZE, this::item);
    }

    /** A programme as a partner reads it. */
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
    record ActionItem(
            UUID id,
            UUID programmeId,
            String kind,
            String title,
            int year,
            boolean planned,
            UUID eventId,
            UUID groupId,
            LocalDate periodStart,
            LocalDate periodEnd,
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

    private static int page(int asked) {
        return Math.max(0, asked);
    }

    /** The page's items and one more when another page follows (what {@link ApiPage#of} expects). */
    private static <T> List<T> slice(List<T> all, int page) {
        int from = (int) Math.min(all.size(), (long) page * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE + 1));
    }

    private static AccountUser signedIn(AccountUser user) {
        if (user == null) {
            throw new ResponseStatusException(
                    HttpStatus.UNAUTHORIZED,
                    "Un jeton d’API d’une personne de l’équipe de coordination est nécessaire.");
        }
        return user;
    }
}
