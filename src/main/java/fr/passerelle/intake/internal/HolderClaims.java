package fr.passerelle.intake.internal;

import fr.passerelle.common.SecretTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holders waiting for the account of their address to confirm them: the request was made with the address of an
 * account that already holds a project, and joins that account's space only once the person follows the e-mailed
 * link. The token travels only in the e-mail; its SHA-256 hash is kept.
 */
@Component
@RequiredArgsConstructor
public class HolderClaims {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final JdbcClient jdbc;

    /** Whether the account already holds a project, so that a new one must be confirmed before joining it. */
    public boolean mustConfirm(UUID userId) {
        return jdbc.sql("select exists (select 1 from project_holder h join project p on p.holder_id = h.id"
                        + " where h.user_id = :user)")
                .param("user", userId)
                .query(Boolean.class)
                .single();
    }

    /** The holder waits for that account to confirm it. */
    public void await(UUID holderId, UUID userId) {
        jdbc.sql("insert into holder_claim (holder_id, user_id) values (:holder, :user)")
                .param("holder", holderId)
                .param("user", userId)
                .update();
    }

    /** A new link's token for the holder, replacing the previous one. */
    String issue(UUID holderId) {
        String token = SecretTokens.random(32);
        jdbc.sql("update holder_claim set token_hash = :hash, expires_at = now() + make_interval(secs => :seconds)"
                        + " where holder_id = :holder and confirmed_at is null")
                .param("hash", SecretTokens.hash(token))
                .param("seconds", VALIDITY.toSeconds())
                .param("holder", holderId)
                .update();
        return token;
    }

    /** The account a valid, unused token asks to confirm. */
    public Optional<UUID> peek(String token) {
        return jdbc.sql("select user_id from holder_claim where token_hash = :hash"
                        + " and confirmed_at is null and expires_at > now()")
                .param("hash", SecretTokens.hash(token))
                .query(UUID.class)
                .optional();
    }

    /** Links the holder to the account and uses up the token, atomically; the account, or empty if invalid. */
    public Optional<UUID> confirm(String token) {
        return jdbc.sql("with claim as (update holder_claim set confirmed_at = now()"
                        + " where token_hash = :hash and confirmed_at is null and expires_at > now()"
                        + " returning holder_id, user_id)"
                        + " update project_holder h set user_id = claim.user_id from claim"
                        + " where h.id = claim.holder_id and h.user_id is null returning h.user_id")
                .param("hash", SecretTokens.hash(token))
                .query(UUID.class)
                .optional();
    }
}
