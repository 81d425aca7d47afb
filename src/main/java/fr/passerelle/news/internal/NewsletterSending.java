package fr.passerelle.news.internal;

import fr.passerelle.common.database.SingleRun;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.NotificationFailedException;
import fr.passerelle.notifications.Notifications;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Sends a queued issue, after the commit that queued it, on a thread of its own: to every subscriber confirmed by
 * then, once.
 * Each delivery is claimed (a row per issue and subscriber) before its e-mail goes, under a database lock, so that a
 * second run, on this instance or another, or after a restart (the event publication registry hands an unfinished
 * sending out again), sends only to those not yet served. A delivery whose e-mail failed is given back for the next
 * run.
 */
@Service
@RequiredArgsConstructor
public class NewsletterSending {

    /** An issue as its e-mails name it: its number and subject (which names its network). */
    private record Sent(int number, String subject) {}

    private static final Logger log = LoggerFactory.getLogger(NewsletterSending.class);
    private static final long LOCK = 7_301_086L;
    private static final String JOB = "newsletter";

    private record Recipient(UUID id, String email, String token) {}

    private final JdbcClient jdbc;
    private final Newsletter newsletter;
    private final NewsletterTexts texts;
    private final Subscriptions subscriptions;
    private final Notifications notifications;
    private final SingleRun single;

    @ApplicationModuleListener
    void on(Newsletter.IssueQueued queued) {
        SingleRun.logHandled(log, "Sent the newsletter to {} subscribers", send(queued.issueId()));
    }

    /** Sends the issue to the confirmed subscribers it has not reached yet; how many it reached now. */
    public int send(UUID issueId) {
        int sent = single.alone(JOB, LOCK, () -> {
            Sent issue = jdbc.sql("select number, subject from news_issue where id = :id")
                    .param("id", issueId)
                    .query(Sent.class)
                    .optional()
                    .orElse(null);
            if (issue == null) {
                return 0;
            }
            List<Article> articles = newsletter.articlesOf(issueId);
            int count = 0;
            for (Recipient recipient : unserved(issueId)) {
                count += deliver(issueId, issue, articles, recipient) ? 1 : 0;
            }
            jdbc.sql("update news_issue set sent_at = coalesce(sent_at, now()) where id = :id")
                    .param("id", issueId)
                    .update();
            return count;
        });
        if (sent == SingleRun.TAKEN) {
            throw new IllegalStateException("Another instance is sending a newsletter; this one goes again later");
        }
        return sent;
    }

    private List<Recipient> unserved(UUID issueId) {
        return jdbc.sql(
                        """
                        select s.id, s.email, s.token from news_subscriber s
                        join news_issue i on i.id = :issue
                        where s.network_id = i.network_id and s.confirmed_at is not null and s.confirmed_at <= i.queued_at and s.unsubscribed_at is null
                          and not exists (select 1 from news_delivery d where d.issue_id = :issue and d.subscriber_id = s.id)
                        order by s.confirmed_at, s.id
                        """)
                .param("issue", issueId)
                .query(Recipient.class)
                .list();
    }

    /** Claims the delivery, then sends; the claim is given back when the e-mail could not go. */
    private boolean deliver(UUID issueId, Sent issue, List<Article> articles, Recipient recipient) {
        int claimed = jdbc.sql(
                        """
                        insert into news_delivery (issue_id, subscriber_id) values (:issue, :subscriber)
                        on conflict do nothing
                        """)
                .param("issue", issueId)
                .param("subscriber", recipient.id())
                .update();
        if (claimed == 0) {
            return false;
        }
        String unsubscribe = subscriptions.unsubscribeLink(recipient.token());
        try {
            notifications.send(
                    new Email(recipient.email(), issue.subject(), texts.body(issue.number(), articles, unsubscribe))
                            .unsubscribedAt(unsubscribe));
            return true;
        } catch (NotificationFailedException failed) {
            log.warn(
                    "Newsletter {} not sent to a subscriber, kept for the next run: {}",
                    issue.subject(),
                    failed.getMessage());
            jdbc.sql("delete from news_delivery where issue_id = :issue and subscriber_id = :subscriber")
                    .param("issue", issueId)
                    .param("subscriber", recipient.id())
                    .update();
            return false;
        }
    }
}
