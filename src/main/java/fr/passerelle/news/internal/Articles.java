package fr.passerelle.news.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.resources.ResourceLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's articles. Coordinators write them; an article is its author's: only they (or an administrator) see
 * it while it is a draft, change it, publish it and withdraw it; a draft the platform proposed is its network's
 * coordinators'. The public reads the published ones, newest first.
 */
@Service
@RequiredArgsConstructor
public class Articles {

    static final int TITLE_MAX = 150;
    static final int SUMMARY_MAX = 400;
    static final int BODY_MAX = 20_000;

    /** A page of the published articles, and how many there are in all. */
    public record ArticlePage(List<Article> articles, int total) {}

    /** An article's columns, read from {@code news_article} unaliased: what it was proposed from too. */
    static final String COLUMNS =
            """
            id, title, summary, body, status, published_on, published_at, event_id, group_id, resource_id, author_id,
            author_name, updated_at, network_id,
            (select p.kind from news_proposal p where p.article_id = news_article.id) as proposed_from,
            (select p.about from news_proposal p where p.article_id = news_article.id) as proposed_about
            """;

    private final JdbcClient jdbc;
    private final Events events;
    private final Groups groups;
    private final ResourceLibrary library;

    /** Whether the user writes articles: coordinators and administrators. */
    public boolean writes(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /**
     * Whether the user changes, publishes and withdraws that article: its author, or an administrator; a draft the
     * platform proposed, the coordinators of its network.
     */
    public boolean edits(AccountUser user, Article article) {
        return writes(user)
                && (user.hasRole(Role.ADMINISTRATOR)
                        || user.id().equals(article.authorId())
                        || (article.proposed() && user.staffOf(article.networkId())));
    }

    /**
     * Every rule the draft breaks, all at once.
     *
     * @throws NewsRejectedException listing them
     */
    public void check(ArticleDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        String title = blankToNull(draft.title());
        if (title == null || title.length() < 3) {
            breaches.add(new Breach("title", "news.title.required"));
        } else if (title.length() > TITLE_MAX) {
            breaches.add(new Breach("title", "news.title.length", List.of(TITLE_MAX)));
        }
        String summary = blankToNull(draft.summary());
        if (summary == null) {
            breaches.add(new Breach("summary", "news.summary.required"));
        } else if (summary.length() > SUMMARY_MAX) {
            breaches.add(new Breach("summary", "news.summary.length", List.of(SUMMARY_MAX)));
        }
        String body = blankToNull(draft.body());
        if (body == null) {
            breaches.add(new Breach("body", "news.body.required"));
        } else if (body.length() > BODY_MAX) {
            breaches.add(new Breach("body", "news.body.length", List.of(BODY_MAX)));
        }
        LocalDate day = draft.publishedOn();
        if (day != null && (day.isAfter(Paris.today()) || day.getYear() < 2000)) {
            breaches.add(new Breach("publishedOn", "news.publishedOn.range"));
        }
        if (draft.eventId() != null && events.event(draft.eventId()).isEmpty()) {
            breaches.add(new Breach("eventId", "news.event.unknown"));
        }
        if (draft.groupId() != null && groups.byId(draft.groupId()).isEmpty()) {
            breaches.add(new Breach("groupId", "news.group.unknown"));
        }
        if (draft.resourceId() != null && library.published(draft.resourceId()).isEmpty()) {
            breaches.add(new Breach("resourceId", "news.resource.unknown"));
        }
        if (!breaches.isEmpty()) {
            throw new NewsRejectedException(breaches);
        }
    }

    /** Writes a draft; its id. */
    @Transactional
    public UUID write(AccountUser user, ArticleDraft draft) {
        requireWriter(user);
        check(draft);
        return insert(draft, "draft", user.networkId(), user.id(), user.displayName());
    }

    /** Changes the article; the public sees the change at once when it is published. */
    @Transactional
    public void update(AccountUser user, UUID id, ArticleDraft draft) {
        editable(user, id);
        check(draft);
        jdbc.sql(
                        """
                        update news_article set title = :title, summary = :summary, body = :body,
                               published_on = :day, event_id = :event, group_id = :group, resource_id = :resource,
                               updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("title", draft.title().strip())
                .param("summary", draft.summary().strip())
                .param("body", draft.body().strip())
                .param("day", draft.publishedOn())
                .param("event", draft.eventId())
                .param("group", draft.groupId())
                .param("resource", draft.resourceId())
                .update();
    }

    /**
     * Publishes the article (a draft, or one withdrawn), dated today when it has no date.
     *
     * @throws NewsRejectedException when it breaks a rule now (its event was cancelled and removed, say)
     */
    @Transactional
    public void publish(AccountUser user, UUID id) {
        Article article = editable(user, id);
        check(article.draftOf());
        jdbc.sql(
                        """
                        update news_article set status = 'published', published_on = coalesce(published_on, :today),
                               published_at = coalesce(published_at, now()), updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("today", Paris.today())
                .update();
    }

    /** Takes the article off the site, the feed and the newsletters to come; it becomes its author's again. */
    @Transactional
    public void withdraw(AccountUser user, UUID id) {
        editable(user, id);
        jdbc.sql("update news_article set status = 'withdrawn', updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /**
     * Deletes a draft (one published or withdrawn stays: newsletters may have carried it). A proposed draft deleted is
     * never proposed again.
     *
     * @return false when it is no draft
     */
    @Transactional
    public boolean delete(AccountUser user, UUID id) {
        editable(user, id);
        return jdbc.sql("delete from news_article where id = :id and status = 'draft'")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The article as that reader may see it: published, or (for those who edit it) a draft or a withdrawn one. */
    public Optional<Article> find(AccountUser user, UUID id) {
        return byId(id).filter(article -> article.published() || edits(user, article));
    }

    /** The user's own drafts and withdrawn articles, and those proposed to their network; latest changed first. */
    public List<Article> unpublished(AccountUser user) {
        if (!writes(user)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from news_article where status <> 'published' and (author_id = :user or :admin"
                        + " or (network_id = :network and exists"
                        + " (select 1 from news_proposal p where p.article_id = news_article.id)))"
                        + " order by updated_at desc limit 50")
                .param("user", user.id())
                .param("admin", user.hasRole(Role.ADMINISTRATOR))
                .param("network", user.networkId())
                .query(Article.class)
                .list();
    }

    /** A page of the published articles, newest first. */
    public ArticlePage published(int page, int size) {
        List<Article> articles = jdbc.sql("select " + COLUMNS
                        + " from news_article where status = 'published'"
                        + " order by published_on desc, published_at desc, id limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) Math.max(page, 0) * size)
                .query(Article.class)
                .list();
        int total = jdbc.sql("select count(*) from news_article where status = 'published'")
                .query(Integer.class)
                .single();
        return new ArticlePage(articles, total);
    }

    /**
     * The published articles that went public after that moment and that no newsletter issue carried yet, newest
     * first, at most so many.
     */
    List<Article> notInAnIssueSince(java.time.OffsetDateTime since, UUID network, int most) {
        return jdbc.sql("select " + COLUMNS
                        + " from news_article where status = 'published' and published_at > :since"
                        + " and network_id = :network"
                        + " and not exists (select 1 from news_issue_article c where c.article_id = news_article.id)"
                        + " order by published_on desc, published_at desc, id limit :most")
                .param("since", since)
                .param("network", network)
                .param("most", most)
                .query(Article.class)
                .list();
    }

    /**
     * Records a published article as the demonstration has it, gone public at nine on its day (or now, for one of
     * today's before nine: never in the future); its id.
     */
    @Transactional
    public UUID record(ArticleDraft draft, String authorName) {
        check(draft);
        UUID id = insert(draft, "published", Network.DEFAULT, null, authorName);
        jdbc.sql("update news_article set published_at = least(:at, now()) where id = :id")
                .param("id", id)
                .param("at", draft.publishedOn().atTime(9, 0).atZone(Paris.ZONE).toOffsetDateTime())
                .update();
        return id;
    }

    /** Whether an article of that title is there already. */
    public boolean exists(String title) {
        return jdbc.sql("select exists (select 1 from news_article where title = :title)")
                .param("title", title)
                .query(Boolean.class)
                .single();
    }

    /** Writes an article of that network; its id. */
    UUID insert(ArticleDraft draft, String status, UUID networkId, UUID authorId, String authorName) {
        return jdbc.sql(
                        """
                        insert into news_article (title, summary, body, status, published_on, event_id, group_id,
                                                  resource_id, network_id, author_id, author_name)
                        values (:title, :summary, :body, :status, :day, :event, :group, :resource, :network, :author,
                                :authorName)
                        returning id
                        """)
                .param("title", draft.title().strip())
                .param("summary", draft.summary().strip())
                .param("body", draft.body().strip())
                .param("status", status)
                .param("day", draft.publishedOn())
                .param("event", draft.eventId())
                .param("group", draft.groupId())
                .param("resource", draft.resourceId())
                .param("network", networkId)
                .param("author", authorId)
                .param("authorName", authorName)
                .query(UUID.class)
                .single();
    }

    private Optional<Article> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from news_article where id = :id")
                .param("id", id)
                .query(Article.class)
                .optional();
    }

    private Article editable(AccountUser user, UUID id) {
        requireWriter(user);
        Article article = byId(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!edits(user, article)) {
            throw new AccessDeniedException("Its author only");
        }
        return article;
    }

    private void requireWriter(AccountUser user) {
        if (!writes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
