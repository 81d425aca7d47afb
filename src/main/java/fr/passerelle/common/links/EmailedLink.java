package fr.passerelle.common.links;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A link e-mailed to an address without an account: what it opens ({@code purpose}, {@code subjectId}), the address
 * it went to, and the name its holder acts under.
 */
public record EmailedLink(
        UUID id, String purpose, UUID subjectId, String email, String actorName, OffsetDateTime expiresAt) {

    public boolean expired(OffsetDateTime now) {
        return !expiresAt.isAfter(now);
    }
}
