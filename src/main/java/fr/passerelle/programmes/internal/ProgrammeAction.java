package fr.passerelle.programmes.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action of a programme: an event of the agenda (a session, an event, a stand), a working group, or an offers
 * campaign over a period; held, or planned.
 */
public record ProgrammeAction(
        UUID id,
        UUID programmeId,
        ActionKind kind,
        String title,
        int year,
        UUID eventId,
        UUID groupId,
        LocalDate periodStart,
        LocalDate periodEnd,
        boolean planned,
        String description,
        String objectives,
        String assessment) {}
