package fr.passerelle.events.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.events.Event;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventCalendar;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.RegistrationClosedException;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.SessionFullException;
import fr.passerelle.events.internal.TooManyRegistrationsException;
import fr.passerelle.web.ApiPage;
import fr.passerelle.web.ApiPaging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agenda for partners: events as JSON and iCalendar, and registrations sent by their sites. */
@RestController
@Tag(name = "Agenda")
record EventApiController(
        Events events,
        Registrations registrations,
        EventCalendar calendar,
        TerritoryFilter territories,
        MessageSource messages,
        SiteAddress site) {

    @GetMapping("/api/v1/events")
    @Operation(
            summary = "Les événements de l’agenda, à venir par défaut, page par page",
            description = "Une valeur inconnue répond 400. 50 événements par page par défaut.")
    @ApiResponse(responseCode = "200", description = "Une page d’événements")
    @ApiResponse(responseCode = "400", description = "Un paramètre inconnu ou invalide")
    ApiPage<EventView> list(
            @ParameterObject AgendaRequest sent, @ParameterObject ApiPaging paging, HttpServletRequest request) {
        AgendaParams params = AgendaParams.of(sent, paging.page());
        List<String> wrong = new ArrayList<>();
        int size = paging.size(50, wrong);
        var query = params.query(size, wrong, territories);
        ApiPage.refuse(wrong);
        return ApiPage.fetched(site, request, params.page(), events.agenda(query), size, this::json);
    }

    @GetMapping(value = "/api/v1/events/{id}.ics", produces = "text/calendar")
    @Operation(summary = "Un événement au format iCalendar")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier iCalendar de l’événement",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
    @ApiResponse(responseCode = "404", description = "Aucun événement publié n’a cet identifiant")
    ResponseEntity<String> ics(@PathVariable UUID id) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        return EventController.ics(calendar.calendar(event.title(), List.of(event), false));
    }

    /** A registration as partners send it. */
    @Schema(name = "Registration")
    record RegistrationRequest(
            String name,
            String email,
            String organisation,
            String role,
            Map<Integer, String> answers,
            Boolean consent,
            @ArraySchema(
                            arraySchema =
                                    @Schema(
                                            nullable = true,
                                            description = "Les séances choisies (leur uid, comme dans slots) quand"
                                                    + " l’événement en a plusieurs ou des places par séance ;"
                                                    + " absent pour un événement d’une seule séance"))
                    List<String> sessions) {}

    @PostMapping("/api/v1/events/{id}/registrations")
    @Operation(
            summary = "Inscrire une personne",
            description = "202 avec le statut : held (une place est réservée jusqu’à confirmBy ; la personne la"
                    + " confirme d’un clic sur le lien reçu par e-mail, sans quoi la place est libérée), waitlisted"
                    + " (complet : en liste d’attente, l’adresse à confirmer avant confirmBy), pending_approval"
                    + " (validation par l’équipe ; confirmBy quand l’événement a une jauge) ou confirmed (événement"
                    + " sans jauge). Le lien personnel part par e-mail seulement ; une adresse déjà inscrite reçoit la"
                    + " même réponse. Pour un événement de plusieurs séances, sessions liste les séances choisies"
                    + " (leur uid) ; chacune doit avoir une place. 400 avec chaque champ en erreur (une séance"
                    + " inconnue, annulée ou aucune choisie) ; 409 quand les inscriptions sont closes ou qu’une séance"
                    + " choisie est complète ; 429 au-delà de la limite par adresse.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "L’inscription reçue et son statut")
    @ApiResponse(responseCode = "400", description = "Des champs à corriger (errors), ou un corps illisible")
    @ApiResponse(responseCode = "404", description = "Aucun événement publié n’a cet identifiant")
    @ApiResponse(responseCode = "409", description = "Les inscriptions sont closes, ou une séance choisie est complète")
    @ApiResponse(responseCode = "429", description = "Trop d’inscriptions depuis cette adresse en une heure")
    ResponseEntity<RegistrationAnswer> register(
            @PathVariable UUID id, @RequestBody RegistrationRequest body, HttpServletRequest request) {
        RegistrationReceipt receipt = registrations.registerOnPlaces(
                id,
                new RegistrationDraft(
                        body.name(),
                        body.email(),
                        body.organisation(),
                        body.role(),
                        body.answers(),
                        Boolean.TRUE.equals(body.consent()),
                        body.sessions()),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new RegistrationAnswer(
                        receipt.status().code(),
                        receipt.confirmBy() == null ? null : receipt.confirmBy().withNano(0)));
    }

    /** A closed event's refusal, in the request's language (French first), not the bare status's name. */
    @ExceptionHandler(RegistrationClosedException.class)
    ProblemDetail closed(Locale locale) {
        return problem(HttpStatus.CONFLICT, "registration.closed", locale);
    }

    @ExceptionHandler(TooManyRegistrationsException.class)
    ProblemDetail tooMany(Locale locale) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "registration.tooMany", locale);
    }

    /** A full session's refusal, naming the session. */
    @ExceptionHandler(SessionFullException.class)
    ProblemDetail full(SessionFullException full, Locale locale) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "registration.session.full.api", locale, SessionOptions.when(full.session()));
        problem.setProperty("session", full.session().uid());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }

    private EventView json(Event event) {
        return new EventView(
                event.id(),
                site.url() + "/agenda/" + event.id(),
                event.kind().code(),
                event.title(),
                event.audience(),
                event.audiences().stream().map(EventAudience::code).toList(),
                event.mode().code(),
                event.place(),
                event.capacity(),
                event.registrationOpensAt(),
                event.registrationClosesAt(),
                event.revision(),
                event.slots().stream().map(SlotView::of).toList(),
                event.status(),
                site.url() + "/api/v1/events/" + event.id() + ".ics");
    }

    /** A registration's status, and the time by which its address must be confirmed when there is one. */
    record RegistrationAnswer(
            @Schema(allowableValues = {"held", "waitlisted", "pending_approval", "confirmed"}) String status,
            @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime confirmBy) {}

    /** An event of the agenda as partners' sites read it. */
    @Schema(name = "Event")
    record EventView(
            UUID id,
            @Schema(description = "La page de l’événement (adresse absolue)") String url,
            String kind,
            String title,
            @Schema(nullable = true) String audience,
            List<String> audiences,
            String mode,
            @Schema(nullable = true) String place,
            @Schema(nullable = true) Integer capacity,
            @Schema(nullable = true) OffsetDateTime registrationOpensAt,
            @Schema(nullable = true) OffsetDateTime registrationClosesAt,
            int revision,
            List<SlotView> slots,
            String status,
            @Schema(description = "Le fichier iCalendar (adresse absolue)") String ics) {}

    /** A session of an event: its times, its calendar identifier, its own places when it has some. */
    @Schema(name = "Slot")
    record SlotView(
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            @Schema(nullable = true) String uid,
            @Schema(nullable = true, description = "Les places de la session, quand elle a les siennes")
                    Integer capacity) {

        static SlotView of(Event.Slot slot) {
            return new SlotView(slot.startsAt(), slot.endsAt(), slot.uid(), slot.capacity());
        }
    }
}
