package fr.passerelle.accounts.internal;

import fr.passerelle.common.SecretTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for password resets, invitations and project holders' sign-in links. The raw token only travels
 * in the e-mail; the database keeps its SHA-256, so a leaked table gives no working link.
 */
@Repository
@RequiredArgsConstructor
public class AccountTokens {

    private final JdbcClient jdbc;

    /** Issues a new token, replacing the user's unused ones of the same purpose. */
    public String issue(UUID userId, TokenPurpose purpose) {
        return issue(userId, purpose, purpose.validity);
    }

    /** Issues a new token valid for that long, replacing the user's unused ones of the same purpose. */
    public String issue(UUID userId, TokenPurpose purpose, Duration validity) {
        String token = SecretTokens.random(32);
        if (purpose != TokenPurpose.SIGN_IN) {
            revokeUnused(userId, purpose);
        }
        jdbc.sql("insert into account_token (token_hash, user_id, purpose, expires_at)"
                        + " values (:hash, :user, :purpose, now() + make_interval(secs => :seconds))")
                .param("hash", SecretTokens.hash(token))
                .param("user", userId)
                .param("purpose", purpose.name())
                .param("seconds", validity.toSeconds())
                .update();
        return token;
    }

    /** The user of a valid, unused token. */
    public Optional<UUID> peek(String token, TokenPurpose purpose) {
        return jdbc.sql("select user_id from account_token where token_hash = :hash and purpose = :purpose"
                        + " and used_at is null and expires_at > now()")
                .param("hash", SecretTokens.hash(token))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional();
    }

    /** Marks the token used, atomically: of two concurrent uses, only one gets the user. */
    public Optional<UUID> consume(String token, TokenPurpose purpose) {
        Optional<UUID> user = jdbc.sql(
                        "update account_token set used_at = now() where token_hash = :hash and purpose = :purpose"
                                + " and used_at is null and expires_at > now() returning user_id")
                .param("hash", SecretTokens.hash(token))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional();
        // Sign-in links sent at different moments (an intake's confirmation, a later request) all work until one
        // is used; then the others are void.
        user.filter(found -> purpose == TokenPurpose.SIGN_IN).ifPresent(found -> revokeUnused(found, purpose));
        return user;
    }

    private void revokeUnused(UUID userId, TokenPurpose purpose) {
        jdbc.sql("delete from account_token where user_id = :user and purpose = :purpose and used_at is null")
                .param("user", userId)
                .param("purpose", purpose.name())
                .update();
    }
}
