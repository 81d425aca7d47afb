package fr.passerelle.accounts.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.SecretTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a signed-in user with a scope and an expiry, shown once, kept as a SHA-256 hash,
 * revoked by their owner. A request carrying one acts as that user, with their rights, within the token's scope.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    /** What a token may do: read only (GET, HEAD, OPTIONS), or read and write. */
    public enum Scope {
        READ,
        READ_WRITE;

        private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

        /** Whether a request of that HTTP method is within the scope. */
        public boolean permits(String method) {
            return this == READ_WRITE || READING.contains(method);
        }

        public String messageKey() {
            return "api.token.scope." + name();
        }
    }

    /** A token as its owner sees it in the list (never the token itself). */
    public record ApiToken(
            UUID id,
            String name,
            Scope scope,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt) {

        public boolean expired() {
            return !expiresAt.isAfter(OffsetDateTime.now());
        }
    }

    /** What a token presented to the API stands for: its owner and scope, and whether it has expired. */
    record Presented(AccountUser user, Scope scope, boolean expired) {}

    static final String PREFIX = "psr_";

    private final JdbcClient jdbc;
    private final UserRepository users;

    /** How many days a token may be valid: a month to a year. */
    public static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);

    /**
     * Creates a token for the user, valid for that many days, and returns it: the only time it can be read.
     *
     * @throws AccountRejectedException when the validity is none of {@link #VALIDITY_DAYS}
     */
    @Transactional
    public String create(AccountUser user, String name, Scope scope, int days) {
        if (!VALIDITY_DAYS.contains(days)) {
            throw new AccountRejectedException("validity", "api.token.choice.invalid");
        }
        Duration validity = Duration.ofDays(days);
        String token = PREFIX + SecretTokens.random(32);
        jdbc.sql(
                        """
                        insert into api_token (user_id, name, token_hash, scope, expires_at)
                        values (:user, :name, :hash, :scope, now() + make_interval(secs => :seconds))
                        """)
                .param("user", user.id())
                .param("name", name.strip())
                .param("hash", SecretTokens.hash(token))
                .param("scope", scope.name())
                .param("seconds", validity.toSeconds())
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(AccountUser user) {
        return jdbc.sql("select id, name, scope, created_at, expires_at, last_used_at from api_token"
                        + " where user_id = :user order by created_at desc")
                .param("user", user.id())
                .query(ApiTokens::token)
                .list();
    }

    /** Revokes one of the user's own tokens. */
    @Transactional
    public void revoke(AccountUser user, UUID id) {
        jdbc.sql("delete from api_token where id = :id and user_id = :user")
                .param("id", id)
                .param("user", user.id())
                .update();
    }

    /** What a token stands for, noting its use while it is valid; empty when unknown, revoked or its owner disabled. */
    @Transactional
    Optional<Presented> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        update api_token set last_used_at = case when expires_at > now() then now() else last_used_at end
                        where token_hash = :hash
                        returning scope, expires_at <= now() as expired,
                                  (select email from user_account u where u.id = api_token.user_id) as email
                        """)
                .param("hash", SecretTokens.hash(token))
                .query((rs, row) -> new Found(
                        rs.getString("email"), Scope.valueOf(rs.getString("scope")), rs.getBoolean("expired")))
                .optional()
                .flatMap(found -> users.principal(found.email())
                        .filter(AccountUser::isEnabled)
                        .map(user -> new Presented(user, found.scope(), found.expired())));
    }

    private record Found(String email, Scope scope, boolean expired) {}

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Scope.valueOf(rs.getString("scope")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
