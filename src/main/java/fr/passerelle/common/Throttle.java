package fr.passerelle.common;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalLong;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The platform's one throttle: counts a hit for a subject (an address, an e-mail…) within a fixed window of a
 * scope, in one atomic statement, and says whether the subject is still within its limit over the window's length
 * before now (the previous window counted in proportion, see {@link #count}). Kept in the database, so
 * that concurrent requests and several instances share one count.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Throttle {

    private final JdbcClient jdbc;

    /** A limit: at most {@code max} hits per {@code window} in a scope. */
    public record Limit(String scope, int max, Duration window) {}

    /** A hit's outcome: allowed or not, and when the window ends (for {@code Retry-After}). */
    public record Outcome(boolean allowed, Instant windowEnd) {

        /** Seconds until the window ends, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, Duration.between(Instant.now(), windowEnd).toSeconds());
        }
    }

    /** Counts a hit and says whether it stays within the limit; hits past the limit count too. */
    public Outcome hit(Limit limit, String subject) {
        Outcome outcome = count(limit, subject);
        if (!outcome.allowed()) {
            remember(outcome);
        }
        return outcome;
    }

    /**
     * When the request being answered may try again, in seconds, if a limit refused it: what its answer's
     * {@code Retry-After} says, whichever module counted it.
     */
    public static OptionalLong refusalRetryAfter() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST) instanceof Long seconds
                ? OptionalLong.of(seconds)
                : OptionalLong.empty();
    }

    /** The latest end of the windows that refused the current request, if it is a request. */
    private static void remember(Outcome refused) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            long seconds =
                    Math.max(refused.retryAfterSeconds(), refusalRetryAfter().orElse(0));
            request.setAttribute(REFUSAL, seconds, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private static final String REFUSAL = Throttle.class.getName() + ".refusal";

    /**
     * The hit counted in the current window, and the subject's hits estimated over the window's length just before
     * now: the current window's, plus the previous window's in the share of it that still lies within that length.
     * Fixed windows alone let twice the limit through around the change of window (50 guesses of a password just
     * before a quarter past, 50 just after); this estimate keeps any window's length within the limit, or close to it.
     * Refused, the subject may try again when the current window ends, or later when the current window alone is over
     * the limit (until its share falls under it).
     */
    private Outcome count(Limit limit, String subject) {
        return jdbc.sql(
                        """
                        with hit as (
                            insert into throttle_window as t (scope, subject, window_start, hits)
                            values (:scope, :subject,
                                    date_bin(make_interval(secs => :seconds), now(), timestamptz '2000-01-01'), 1)
                            on conflict (scope, subject, window_start) do update set hits = t.hits + 1
                            returning hits, window_start
                        ), estimate as (
                            select hit.hits, hit.window_start,
                                   hit.hits + coalesce((select p.hits from throttle_window p
                                                        where p.scope = :scope and p.subject = :subject
                                                          and p.window_start = hit.window_start
                                                                               - make_interval(secs => :seconds)), 0)
                                              * (1 - extract(epoch from now() - hit.window_start) / :seconds) as counted
                            from hit
                        )
                        select counted <= :max as allowed,
                               window_start + make_interval(
                                   secs => :seconds * (1 + greatest(0, 1 - cast(:max as float8) / hits))) as ends
                        from estimate
                        """)
                .param("scope", limit.scope())
                .param("subject", subject)
                .param("seconds", limit.window().toSeconds())
                .param("max", limit.max())
                .query((rs, row) -> new Outcome(
                        rs.getBoolean("allowed"),
                        rs.getObject("ends", OffsetDateTime.class).toInstant()))
                .single();
    }

    /** Takes back one hit of the current window (a request that turned out to be legitimate). */
    public void refund(Limit limit, String subject) {
        jdbc.sql(
                        """
                        update throttle_window set hits = hits - 1
                        where scope = :scope and subject = :subject and hits > 0
                          and window_start = date_bin(make_interval(secs => :seconds), now(), timestamptz '2000-01-01')
                        """)
                .param("scope", limit.scope())
                .param("subject", subject)
                .param("seconds", limit.window().toSeconds())
                .update();
    }

    /** Forgets every hit of a subject in a scope. */
    public void forget(Limit limit, String subject) {
        jdbc.sql("delete from throttle_window where scope = :scope and subject = :subject")
                .param("scope", limit.scope())
                .param("subject", subject)
                .update();
    }

    /** Windows that ended more than a day ago; one statement, harmless on every instance at once. */
    @Scheduled(cron = "${passerelle.jobs.throttle-purge.cron:0 17 * * * *}")
    void forgetPastWindows() {
        jdbc.sql("delete from throttle_window where window_start < now() - interval '1 day'")
                .update();
    }
}
