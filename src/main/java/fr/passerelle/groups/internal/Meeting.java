package fr.passerelle.groups.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting of a group: an event of the agenda, with the group's minutes and decisions (null for non-members).
 *
 * @param present how many were marked present, null while attendance is not marked
 */
public record Meeting(
        UUID eventId,
        String title,
        OffsetDateTime startsAt,
        String place,
        Integer present,
        String minutes,
        String decisions) {}
