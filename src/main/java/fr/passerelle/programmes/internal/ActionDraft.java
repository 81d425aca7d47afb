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
        UUID groupId) {}
