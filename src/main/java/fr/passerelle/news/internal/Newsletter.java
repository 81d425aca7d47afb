package fr.passerelle.news.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsletter's issues: each holds the articles published since the previous one; a coordinator previews the next
 * and sends it; it goes out after the commit ({@link NewsletterSending}), to every confirmed subscriber once.
 */
@Service
@RequiredArgsConstructor
public class Newsletter {

    /** The most articles one issue holds. */
    static final int MOST = 30;

    /** How far back the first issue reaches, there being no previous one. */
    static final java.time.Duration FIRST_ISSUE_REACH = java.time.Duration.ofDays(31);

    /** An issue queued to go, or gone. */
    public record Issue(
            UUID id,
            int number,
            String subject,
            OffsetDateTime queuedAt,
            String queuedBy,
            OffsetDateTime sentAt,
            int articles,
            int deliveries) {}

    /** What the next issue would hold, and to how many addresses it would go. */
    public record Preview(int number, String subject, List<Article> articles, int subscribers) {}

    /** Published after the commit of a queued issue, for the sending to start. */
    public record IssueQueued(UUID issueId) {}

    private final JdbcClient jdbc;
    private final Articles articles;
    private final Subscriptions subscriptions;
    private final NewsletterTexts texts;
    private final ApplicationEventPublisher publisher;
    private final Networks networks;

    /**
     * The next issue of the user's network's letter: its articles published since the last one was queued (the past
     * month for the first), for its subscribers.
     */
    public Preview preview(AccountUser user) {
        UUID network = letterOf(user);
        int number = nextNumber(network);
        return new Preview(
                number,
                texts.subject(number, networkName(network)),
                content(network),
                subscriptions.confirmedCount(network));
    }

    /**
     * Queues the next issue; it goes after the commit. Its number.
     *
     * @throws NewsRejectedException when no article was published since the last issue
     */
    @Transactional
    public int queue(AccountUser user) {
        UUID network = letterOf(user);
        jdbc.sql("lock table news_issue in share row exclusive mode").update();
        OffsetDateTime since = since(network);
        List<Article> content = content(network);
        if (content.isEmpty()) {
            throw new NewsRejectedException(null, "news.issue.empty");
        }
        int number = nextNumber(network);
        UUID id = jdbc.sql(
                        """
                        insert into news_issue (network_id, number, subject, since, queued_by)
                        values (:network, :number, :subject, :since, :by)
                        returning id
                        """)
                .param("network", network)
                .param("number", number)
                .param("subject", texts.subject(number, networkName(network)))
                .param("since", since)
                .param("by", user.displayName())
                .query(UUID.class)
                .single();
        for (int position = 0; position < content.size(); position++) {
            jdbc.sql("insert into news_issue_article (issue_id, article_id, position) values (:issue, :article, :p)")
                    .param("issue", id)
                    .param("article", content.get(position).id())
                    .param("p", position)
                    .update();
        }
        publisher.publishEvent(new IssueQueued(id));
        return number;
    }

    /** The issues of the user's network's letter, latest first. */
    public List<Issue> issues(AccountUser user) {
        UUID network = letterOf(user);
        return jdbc.sql(
                        """
                        select i.id, i.number, i.subject, i.queued_at, i.queued_by, i.sent_at,
                               (select count(*) from news_issue_article a where a.issue_id = i.id) as articles,
                               (select count(*) from news_delivery d where d.issue_id = i.id) as deliveries
                        from news_issue i where i.network_id = :network order by i.number desc limit 100
                        """)
                .param("network", network)
                .query(Issue.class)
                .list();
    }

    /** The articles of a queued issue, in their order. */
    List<Article> articlesOf(UUID issueId) {
        return jdbc.sql(
                        "select " + Articles.COLUMNS
                                + """
                        from news_issue_article i join news_article on news_article.id = i.article_id
                        where i.issue_id = :issue and status = 'published' order by i.position
                        """)
                .param("issue", issueId)
                .query(Article.class)
                .list();
    }

    /**
     * What the next issue carries: the articles no issue carried yet, from the start of the last issue's reach (a
     * month back for the first). Looking back that far rather than from the last issue's queuing keeps an article
     * whose publication began before that queuing but committed after it: it goes in this issue, not nowhere.
     */
    private List<Article> content(UUID network) {
        OffsetDateTime floor = jdbc.sql(
                        """
                        select coalesce(since, queued_at - interval '31 days') from news_issue
                        where network_id = :network order by queued_at desc limit 1
                        """)
                .param("network", network)
                .query(OffsetDateTime.class)
                .optional()
                .orElseGet(() -> since(network));
        return articles.notInAnIssueSince(floor, network, MOST);
    }

    /** Since when the network's next issue takes the articles: its last issue, or a month back for the first one. */
    private OffsetDateTime since(UUID network) {
        return jdbc.sql("select queued_at from news_issue where network_id = :network order by queued_at desc limit 1")
                .param("network", network)
                .query(OffsetDateTime.class)
                .optional()
                .orElseGet(() -> OffsetDateTime.now().minus(FIRST_ISSUE_REACH));
    }

    private int nextNumber(UUID network) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from news_issue where network_id = :network")
                .param("network", network)
                .query(Integer.class)
                .single();
    }

    private String networkName(UUID network) {
        return networks.find(network).map(Network::name).orElse("Passerelle");
    }

    /**
     * The letter the user prepares and sends: their network's, since a coordinator acts only in their network (the
     * national level too, for the network it works in).
     */
    private UUID letterOf(AccountUser user) {
        if (!articles.writes(user) || user.networkId() == null) {
            throw new AccessDeniedException("Coordinators of a network only");
        }
        return user.networkId();
    }
}
