package fr.passerelle.notifications;

import fr.passerelle.common.MailTexts;
import fr.passerelle.common.SecretTokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail subscriptions without an account (offer alerts, scheme alerts, the newsletter), each module's in its own
 * table: an address subscribes with the module's criteria, confirms by a link (double opt-in), receives the module's
 * e-mails, each with the link that stops them and the one-click {@code List-Unsubscribe} header (RFC 8058), and stops
 * them from that link. The module's table has at least {@code id, email, token, confirmed_at, unsubscribed_at}, and
 * {@code last_run_at} when it sends digests; its links are {@code <pages>/<token>/confirmer} and
 * {@code <pages>/<token>/desinscription}.
 *
 * @param <S> the module's record of a subscription
 */
@RequiredArgsConstructor
public final class MailingList<S extends Subscription> {

    /** What a module's list is: its table, the path its links start with, and how it reads a row. */
    public record Table<S>(String name, String pages, RowMapper<S> rows, boolean digests) {}

    /** A digest to send, and what to record once it went (what it announced), if anything. */
    public record Digest(Email email, Runnable sent) {

        public static Digest of(Email email) {
            return new Digest(email, () -> {});
        }
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MailTexts texts;
    private final Table<S> table;

    /** Whether that is an e-mail address one can subscribe. */
    public static boolean address(String email) {
        return email != null && email.strip().length() <= 254 && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The secret of a new subscription's links. */
    public static String newToken() {
        return SecretTokens.random(24);
    }

    /**
     * Records a subscription by the module's own statement (an insert that returns the token, its parameters but
     * {@code :token}, which is a new one), and returns the token: a new subscription's, or the one it already has.
     */
    public String record(String insert, Map<String, ?> criteria) {
        return jdbc.sql(insert)
                .params(criteria)
                .param("token", newToken())
                .query(String.class)
                .single();
    }

    /** Sends the e-mail of a subscription, with the link and header that stop it. */
    public void send(String to, String token, String subject, String body) {
        notifications.send(mail(to, token, subject, body));
    }

    /** An e-mail of a subscription, with the link and header that stop it. */
    public Email mail(String to, String token, String subject, String body) {
        return new Email(to, subject, body).unsubscribedAt(unsubscribeLink(token));
    }

    /** The link that confirms the address. */
    public String confirmLink(String token) {
        return texts.link(table.pages() + "/" + token + "/confirmer");
    }

    /** The address that stops it: a page asking to confirm, or a one-click POST from the mail provider. */
    public String unsubscribeLink(String token) {
        return texts.link(table.pages() + "/" + token + "/desinscription");
    }

    public Optional<S> byToken(String token) {
        return find("token = :key", token == null ? "" : token);
    }

    public Optional<S> byId(UUID id) {
        return find("id = :key", id);
    }

    /** Confirms the address; digests count from now. False when the link is no active subscription's. */
    public boolean confirm(String token) {
        return confirm("token = :key", token == null ? "" : token);
    }

    /** Confirms the subscription of that id (from a link of its own kind); false when it ended. */
    public boolean confirm(UUID id) {
        return confirm("id = :key", id);
    }

    /** Stops the subscription; true when the link was one. */
    public boolean unsubscribe(String token) {
        return jdbc.sql("update " + table.name()
                                + " set unsubscribed_at = coalesce(unsubscribed_at, now()) where token = :token")
                        .param("token", token == null ? "" : token)
                        .update()
                == 1;
    }

    /**
     * The confirmed subscriptions whose digest is due at {@code now}, every {@code period} (an hour early counts),
     * meeting the condition on the module's columns, locked for this run: another instance skips them.
     */
    public List<S> due(OffsetDateTime now, Duration period, String condition, Map<String, ?> params) {
        return jdbc.sql("select * from " + table.name()
                        + " where confirmed_at is not null and unsubscribed_at is null"
                        + " and last_run_at <= :now - make_interval(secs => :period) and " + condition
                        + " order by last_run_at, id for update skip locked")
                .params(params)
                .param("now", now)
                .param("period", period.toSeconds() - 3600)
                .query(table.rows())
                .list();
    }

    /**
     * Sends each subscription its digest, when it has one; the next counts from {@code now}, except after a digest that
     * could not go, which is tried again at the next run. How many went out.
     */
    public int sendDigests(List<S> due, OffsetDateTime now, Function<S, Optional<Digest>> digests) {
        int count = 0;
        for (S subscription : due) {
            Optional<Digest> digest = digests.apply(subscription);
            boolean sent = digest.isPresent()
                    && notifications.sendEach(List.of(digest.get().email()));
            if (sent) {
                digest.get().sent().run();
            }
            if (sent || digest.isEmpty()) {
                jdbc.sql("update " + table.name() + " set last_run_at = :now where id = :id")
                        .param("now", now)
                        .param("id", subscription.id())
                        .update();
            }
            count += sent ? 1 : 0;
        }
        return count;
    }

    private Optional<S> find(String condition, Object key) {
        return jdbc.sql("select * from " + table.name() + " where " + condition)
                .param("key", key)
                .query(table.rows())
                .optional();
    }

    private boolean confirm(String condition, Object key) {
        String digestsStart = table.digests() ? ", last_run_at = coalesce(last_run_at, now())" : "";
        return jdbc.sql("update " + table.name() + " set confirmed_at = coalesce(confirmed_at, now())" + digestsStart
                                + " where " + condition + " and unsubscribed_at is null")
                        .param("key", key)
                        .update()
                == 1;
    }
}
