package fr.passerelle.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step of a project's history, as the module that owns it tells it.
 *
 * @param kind the step's code ("intake_submitted", "referral_accepted"...), for machines
 * @param text what happened, in plain French ("Orienté vers la BGE Drôme Ardèche")
 * @param actorName who did it, when a person did
 * @param organisationId the structure concerned, if any
 * @param detail the text that came with it (a note, a reason, an outcome), if any
 * @param visibility who sees it
 */
public record ProjectStep(
        OffsetDateTime at,
        String kind,
        String text,
        @Schema(nullable = true) String actorName,
        @Schema(nullable = true) UUID organisationId,
        @Schema(nullable = true) String detail,
        Visibility visibility) {

    /** Who sees a step: every reader of the project sees every step; the holder sees some, some with their detail. */
    public enum Visibility {
        /** The professionals only (a question between structures, a reminder, a listening note). */
        PROFESSIONALS,
        /** The holder too, without the detail. */
        HOLDER,
        /** The holder too, with the detail. */
        HOLDER_WITH_DETAIL
    }

    /** The step as the holder sees it; empty when they do not. */
    java.util.Optional<ProjectStep> forHolder() {
        return switch (visibility) {
            case PROFESSIONALS -> java.util.Optional.empty();
            case HOLDER ->
                java.util.Optional.of(new ProjectStep(at, kind, text, actorName, organisationId, null, visibility));
            case HOLDER_WITH_DETAIL -> java.util.Optional.of(this);
        };
    }
}
