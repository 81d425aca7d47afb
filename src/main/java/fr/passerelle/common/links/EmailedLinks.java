package fr.passerelle.common.links;

import fr.passerelle.common.SecretTokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a person without an account acts on the platform from an e-mail: a random token for one purpose and
 * one subject, kept only as its hash, valid for a while. The modules decide what a link lets its holder do; this
 * class only issues links and tells which link a token is.
 */
@Component
@RequiredArgsConstructor
public class EmailedLinks {

    private final JdbcClient jdbc;

    /** A new link's token; it travels only in the e-mail to {@code email}. */
    public String issue(String purpose, UUID subjectId, String email, String actorName, Duration validity) {
        String token = SecretTokens.random(32);
        jdbc.sql(
                        """
                        insert into emailed_link (purpose, subject_id, email, actor_name, token_hash, expires_at)
                        values (:purpose, :subject, :email, :actor, :hash, now() + make_interval(secs => :seconds))
                        """)
                .param("purpose", purpose)
                .param("subject", subjectId)
                .param("email", email)
                .param("actor", actorName)
                .param("hash", SecretTokens.hash(token))
                .param("seconds", validity.toSeconds())
                .update();
        return token;
    }

    /** The link a token stands for, valid or expired; empty for a token no link was issued with. */
    public Optional<EmailedLink> find(String purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        select id, purpose, subject_id, email, actor_name, expires_at from emailed_link
                        where token_hash = :hash and purpose = :purpose
                        """)
                .param("hash", SecretTokens.hash(token))
                .param("purpose", purpose)
                .query(EmailedLink.class)
                .optional();
    }

    /** The link a token stands for, if it has not expired; its use is noted. */
    public Optional<EmailedLink> use(String purpose, String token) {
        Optional<EmailedLink> link = find(purpose, token).filter(found -> !found.expired(OffsetDateTime.now()));
        link.ifPresent(found -> jdbc.sql("update emailed_link set last_used_at = now() where id = :id")
                .param("id", found.id())
                .update());
        return link;
    }

    /** Ends every link to that subject, e.g. once the thing it opens is over or erased. */
    public int revoke(String purpose, UUID subjectId) {
        return jdbc.sql(
                        """
                        update emailed_link set expires_at = greatest(created_at + interval '1 microsecond', now())
                        where purpose = :purpose and subject_id = :subject and expires_at > now()
                        """)
                .param("purpose", purpose)
                .param("subject", subjectId)
                .update();
    }
}
