package fr.passerelle.news.internal;

import fr.passerelle.accounts.AccountUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    Newsletter(
            JdbcClient jdbc,
            Articles articles,
            Subscriptions subscriptions,
            NewsletterTexts texts,
            ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.subscriptions = subscriptions;
        this.texts = texts;
        this.publisher = publisher;
    }

    /** The next issue: the articles published since the last one was queued (the past month for the first). */
    public Preview preview(AccountUser user) {
        requireWriter(user);
        int number = nextNumber();
        return new Preview(number, texts.subject(number), content(), subscriptions.confirmedCount());
    }

    /**
     * Queues the next issue; it goes after the commit. Its number.
     *
     * @throws NewsRejectedException when no article was published since the last issue
     */
    @Transactional
    public int queue(AccountUser user) {
        requireWriter(user);
        jdbc.sql("lock table news_issue in share row exclusive mode").update();
        OffsetDateTime since = since();
        List<Article> content = content();
        if (content.isEmpty()) {
            throw new NewsRejectedException(null, "news.issue.empty");
        }
        int number = nextNumber();
        UUID id = jdbc.sql(
                        """
                        insert into news_issue (number, subject, since, queued_by) values (:number, :subject, :since, :by)
                        returning id
                        """)
                .param("number", number)
                .param("subject", texts.subject(number))
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

    /** The issues, latest first. */
    public List<Issue> issues(AccountUser user) {
        requireWriter(user);
        return jdbc.sql(
                        """
                        select i.id, i.number, i.subject, i.queued_at, i.queued_by, i.sent_at,
                               (select count(*) from news_issue_article a where a.issue_id = i.id) as articles,
                               (select count(*) from news_delivery d where d.issue_id = i.id) as deliveries
                        from news_issue i order by i.number desc limit 100
                        """)
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
    private List<Article> content() {
        OffsetDateTime floor = jdbc.sql(
                        "select coalesce(since, queued_at - interval '31 days') from news_issue order by queued_at desc limit 1")
                .query(OffsetDateTime.class)
                .optional()
                .orElseGet(this::since);
        return articles.notInAnIssueSince(floor, MOST);
    }

    /** Since when the next issue takes the articles: the last issue, or a month back for the first one. */
    private OffsetDateTime since() {
        return lastQueuedAt().orElseGet(() -> OffsetDateTime.now().minus(FIRST_ISSUE_REACH));
    }

    private Optional<OffsetDateTime> lastQueuedAt() {
        return jdbc.sql("select queued_at from news_issue order by queued_at desc limit 1")
                .query(OffsetDateTime.class)
                .optional();
    }

    private int nextNumber() {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from news_issue")
                .query(Integer.class)
                .single();
    }

    private void requireWriter(AccountUser user) {
        if (!articles.writes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
