package fr.passerelle.accounts;

import fr.passerelle.common.SecretTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created by a signed-in user, shown once, kept as a SHA-256 hash, revoked by their owner. A
 * request carrying one acts as that user, with exactly their rights.
 */
@Service
public class ApiTokens {

    /** A token as its owner sees it in the list (never the token itself). */
    public record ApiToken(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}

    static final String PREFIX = "psr_";

    private final JdbcClient jdbc;
    private final UserRepository users;

    ApiTokens(JdbcClient jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Creates a token for the user and returns it: the only time it can be read. */
    @Transactional
    public String create(AccountUser user, String name) {
        String token = PREFIX + SecretTokens.random(32);
        jdbc.sql("insert into api_token (user_id, name, token_hash) values (:user, :name, :hash)")
                .param("user", user.id())
                .param("name", name.strip())
                .param("hash", SecretTokens.hash(token))
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(AccountUser user) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where user_id = :user"
                        + " order by created_at desc")
                .param("user", user.id())
                .query((rs, row) -> new ApiToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
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

    /** The enabled user a token stands for, noting its use. */
    @Transactional
    Optional<AccountUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        update api_token set last_used_at = now() where token_hash = :hash
                        returning (select email from user_account u where u.id = api_token.user_id)
                        """)
                .param("hash", SecretTokens.hash(token))
                .query(String.class)
                .optional()
                .flatMap(users::principal)
                .filter(AccountUser::isEnabled);
    }
}
