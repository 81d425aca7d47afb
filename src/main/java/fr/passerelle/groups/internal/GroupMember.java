package fr.passerelle.groups.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who asked to join a group, and where their request stands: pending, member, declined, left. */
public record GroupMember(
        UUID id,
        UUID groupId,
        String name,
        String email,
        String organisation,
        String role,
        String motivation,
        String status,
        OffsetDateTime requestedAt) {}
