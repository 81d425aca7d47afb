package fr.passerelle.programmes.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An action as a coordinator adds it to a programme. */
public record ActionDraft(
        ActionKind kind,
        String title,
        Integer year,
        UUID eventId,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean planned,
        String description,
        String objectives,
        UUID groupId) {

    /** The draft with only what its kind counts: an event's, a group's, or a campaign's period. */
    ActionDraft keptForItsKind() {
        if (kind == ActionKind.CAMPAGNE_OFFRES) {
            return this;
        }
        return new ActionDraft(
                kind,
                title,
                year,
                kind.event() ? eventId : null,
                null,
                null,
                planned,
                description,
                objectives,
                kind == ActionKind.GROUPE_TRAVAIL ? groupId : null);
    }
}
