package fr.passerelle.intake.web;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Throttle;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.IntakeReceipt;
import fr.passerelle.intake.internal.IntakeRejectedException;
import fr.passerelle.intake.internal.PartnerIntakes;
import fr.passerelle.intake.internal.TargetScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intakes sent by partner sites. Every wrong field is listed in one answer, in the reader's language (French by
 * default); an address sends a limited number per hour, and a limited number reach one person's e-mail address. Only
 * requests that pass their checks count.
 */
@RestController
@Tag(name = "Accueil")
record IntakeApiController(PartnerIntakes partners, Validator validator, MessageSource messages) {
    @Operation(
            summary = "Envoyer une demande d’accueil",
            description =
                    "Les champs du formulaire « Être accueilli·e », les vocabulaires en codes. Réponse 201 avec la"
                            + " référence de la demande et l’accueil qui la reçoit, ou 400 avec chaque champ fautif ;"
                            + " 429 au-delà du nombre de demandes permis par heure depuis une même adresse ou pour une"
                            + " même adresse e-mail.")
    @PostMapping("/api/v1/intakes")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(
            responseCode = "201",
            description = "La demande enregistrée",
            content = @Content(schema = @Schema(implementation = IntakeCreated.class)))
    @ApiResponse(responseCode = "400", description = "Chaque champ à corriger (errors), ou un corps illisible")
    @ApiResponse(responseCode = "429", description = "Trop de demandes depuis cette adresse ou pour cet e-mail")
    ResponseEntity<?> submit(@RequestBody IntakeApiRequest body, HttpServletRequest request, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        IntakeDraft draft = draft(body, errors, locale);
        for (ConstraintViolation<IntakeDraft> violation :
                validator.validate(draft, Default.class, IntakeDraft.SentByHolder.class)) {
            String field = violation.getPropertyPath().toString().replaceAll("\\[.*", "");
            if (errors.stream().noneMatch(error -> error.get("field").equals(field))) {
                errors.add(Map.of("field", field, "message", violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            // A request refused for what it holds does not spend the sender's limits: it is checked before it counts.
            return invalid(errors, locale);
        }
        Throttle.Outcome counted = partners.count(request.getRemoteAddr(), body.email());
        if (!counted.allowed()) {
            return throttled(counted, locale);
        }
        try {
            IntakeReceipt receipt = partners.submit(draft);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new IntakeCreated(receipt.reference(), receipt.deskName()));
        } catch (IntakeRejectedException rejected) {
            partners.refund(request.getRemoteAddr(), body.email());
            errors.add(Map.of(
                    "field", rejected.field(), "message", messages.getMessage(rejected.messageKey(), null, locale)));
        }
        return invalid(errors, locale);
    }

    /** A recorded intake: its reference and the welcome desk that receives it. */
    record IntakeCreated(
            @Schema(example = "ACC-2027-00042") String reference,
            @Schema(description = "Le guichet d’accueil qui la reçoit") String welcomeDesk) {}

    private ResponseEntity<ProblemDetail> throttled(Throttle.Outcome counted, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("intake.api.throttled", null, locale));
        problem.setTitle(messages.getMessage("intake.api.throttled.title", null, locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(counted.retryAfterSeconds()))
                .body(problem);
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage("intake.api.invalid", new Object[] {errors.size()}, locale));
        problem.setTitle(messages.getMessage("error.400.title", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The request as a draft, its codes read; each unknown code is added to the errors. */
    private IntakeDraft draft(IntakeApiRequest body, List<Map<String, String>> errors, Locale locale) {
        return new IntakeDraft(
                one(HolderKind.class, "holderKind", body.holderKind(), errors, locale),
                blankToNull(body.name()),
                blankToNull(body.email()),
                body.phone(),
                body.members(),
                body.currentCommune(),
                many(HouseholdNeed.class, "householdNeeds", body.householdNeeds(), errors, locale),
                blankToNull(body.projectTitle()),
                body.projectDescription(),
                one(ProjectKind.class, "projectKind", body.projectKind(), errors, locale),
                one(ProjectStage.class, "stage", body.stage(), errors, locale),
                many(Sector.class, "sectors", body.sectors(), errors, locale),
                Boolean.TRUE.equals(body.ess()),
                many(Need.class, "needs", body.needs(), errors, locale),
                one(TargetScope.class, "targetScope", body.targetScope(), errors, locale),
                body.targetCommunes() == null ? List.of() : body.targetCommunes(),
                Boolean.TRUE.equals(body.shareWithStructures()),
                Boolean.TRUE.equals(body.territoryContact()));
    }

    private <E extends Enum<E> & Vocabulary> E one(
            Class<E> type, String field, String code, List<Map<String, String>> errors, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Vocabulary.parse(type, code).orElseGet(() -> {
            errors.add(unknown(type, field, code, locale));
            return null;
        });
    }

    private <E extends Enum<E> & Vocabulary> List<E> many(
            Class<E> type, String field, List<String> codes, List<Map<String, String>> errors, Locale locale) {
        List<E> values = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Vocabulary.parse(type, code)
                    .ifPresentOrElse(values::add, () -> errors.add(unknown(type, field, code, locale)));
        }
        return values;
    }

    private <E extends Enum<E> & Vocabulary> Map<String, String> unknown(
            Class<E> type, String field, String code, Locale locale) {
        String codes = String.join(
                ", ",
                java.util.Arrays.stream(type.getEnumConstants())
                        .map(Vocabulary::code)
                        .toList());
        return Map.of(
                "field",
                field,
                "message",
                messages.getMessage("intake.api.unknown", new Object[] {code, codes}, locale));
    }
}
