package fr.passerelle.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A user as administrators see it, with roles and the organisations they belong to. */
public record UserAccount(
        UUID id,
        String email,
        String displayName,
        boolean enabled,
        boolean passwordSet,
        Set<Role> roles,
        List<UUID> organisationIds,
        OffsetDateTime createdAt,
        OffsetDateTime lastSignInAt) {}
