package fr.passerelle.events.web;

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
import fr.passerelle.events.internal.TooManyRegistrationsException;
import fr.passerelle.web.ApiPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
            summary = "Les événements de l’agenda, à venir par défaut",
            description = "Paramètres : from et to (dates AAAA-MM-JJ), kind et audience (répétables), month (AAAA-MM),"
                    + " online=true, territory (adresse d’une page de territoire ou SIREN d’EPCI), q (mots), page."
                    + " Une valeur inconnue répond 400.")
    ApiPage<Map<String, Object>> list(HttpServletRequest request) {
        AgendaParams params = AgendaParams.from(request);
        List<String> wrong = new ArrayList<>();
        var query = params.query(50, wrong, territories);
        if (!wrong.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Paramètres inconnus ou invalides : " + String.join(", ", wrong));
        }
        return ApiPage.of(params.page(), events.agenda(query), 50, this::json);
    }

    @GetMapping(value = "/api/v1/events/{id}.ics", produces = "text/calendar")
    @Operation(summary = "Un événement au format iCalendar")
    ResponseEntity<String> ics(@PathVariable UUID id) {
        Event event = events.event(id).orElseThrow(() -> new EventNotFoundException(id));
        return EventController.ics(calendar.calendar(event.title(), List.of(event), false));
    }

    /** A registration as partners send it. */
    record RegistrationRequest(
            String name,
            String email,
            String organisation,
            String role,
            Map<Integer, String> answers,
            Boolean consent) {}

    @PostMapping("/api/v1/events/{id}/registrations")
    @Operation(
            summary = "Inscrire une personne",
            description = "202 avec le statut : held (une place est réservée jusqu’à confirmBy ; la personne la"
                    + " confirme d’un clic sur le lien reçu par e-mail, sans quoi la place est libérée), waitlisted"
                    + " (complet : en liste d’attente, l’adresse à confirmer avant confirmBy), pending_approval"
                    + " (validation par l’équipe ; confirmBy quand l’événement a une jauge) ou confirmed (événement"
                    + " sans jauge). Le lien personnel part par e-mail seulement ; une adresse déjà inscrite reçoit la"
                    + " même réponse. 400 avec chaque champ en erreur ; 409 quand les inscriptions sont closes ; 429"
                    + " au-delà de la limite par adresse.")
    ResponseEntity<Map<String, Object>> register(
            @PathVariable UUID id, @RequestBody RegistrationRequest body, HttpServletRequest request) {
        RegistrationReceipt receipt = registrations.register(
                id,
                new RegistrationDraft(
                        body.name(),
                        body.email(),
                        body.organisation(),
                        body.role(),
                        body.answers(),
                        Boolean.TRUE.equals(body.consent())),
                request.getRemoteAddr());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", receipt.status().code());
        if (receipt.confirmBy() != null) {
            answer.put("confirmBy", receipt.confirmBy().withNano(0));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
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

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }

    private Map<String, Object> json(Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        json.put("url", site.url() + "/agenda/" + event.id());
        json.put("kind", event.kind().code());
        json.put("title", event.title());
        json.put("audience", event.audience());
        json.put(
                "audiences", event.audiences().stream().map(EventAudience::code).toList());
        json.put("mode", event.mode().code());
        json.put("place", event.place());
        json.put("capacity", event.capacity());
        json.put("registrationOpensAt", event.registrationOpensAt());
        json.put("registrationClosesAt", event.registrationClosesAt());
        json.put("revision", event.revision());
        json.put("slots", event.slots());
        json.put("status", event.status());
        json.put("ics", site.url() + "/api/v1/events/" + event.id() + ".ics");
        return json;
    }
}
