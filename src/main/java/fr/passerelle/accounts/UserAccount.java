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
        OffsetDateTime lastSignInAt) {

    /** Whether this account signs in by e-mailed link: enabled, and a project holder's only (never a staff one). */
    public boolean signsInByLink() {
        return enabled && roles.equals(Set.of(Role.PROJECT_HOLDER));
    }
}
