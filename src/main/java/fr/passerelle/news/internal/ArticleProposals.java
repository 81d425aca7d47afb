package fr.passerelle.news.internal;

import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.events.EventPublished;
import fr.passerelle.events.Events;
import fr.passerelle.groups.GroupStarted;
import fr.passerelle.groups.Groups;
import fr.passerelle.resources.ResourceLibrary;
import fr.passerelle.resources.ResourcePublished;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The drafts the news proposes when a coordinator publishes something: an event of the agenda, a working group started, a public resource of
 * the library. Each belongs to the network of what it announces, whose coordinators review it, then publish or delete
 * it. One proposal per thing, ever: {@code news_proposal} is claimed first, and a second delivery of the same news (a
 * restart's republication, a concurrent one) finds it claimed and does nothing.
 */
@Component
@RequiredArgsConstructor
class ArticleProposals {

    private final Articles articles;
    private final Announcements announcements;
    private final Events events;
    private final ResourceLibrary library;
    private final Networks networks;
    private final JdbcClient jdbc;
    private final Groups groups;

    @ApplicationModuleListener
    void on(EventPublished published) {
        events.event(published.eventId())
                .ifPresent(event -> propose(
                        "event",
                        event.id(),
                        event.title(),
                        published.networkId(),
                        announcements.event(event, "news.proposed.event", null)));
    }

    /** A resource reserved to members (or to a working group) is announced by no public article. */
    @ApplicationModuleListener
    void on(ResourcePublished published) {
        library.published(published.resourceId())
                .ifPresent(resource -> propose(
                        "resource",
                        resource.id(),
                        resource.title(),
                        published.networkId(),
                        announcements.resource(resource)));
    }

    /** A working group just started, announced to those who may want to join it. */
    @ApplicationModuleListener
    void on(GroupStarted started) {
        groups.byId(started.groupId())
                .ifPresent(group ->
                        propose("group", group.id(), group.name(), started.networkId(), announcements.group(group)));
    }

    private void propose(String kind, UUID subject, String about, UUID network, ArticleDraft draft) {
        int claimed = jdbc.sql(
                        """
                        insert into news_proposal (kind, subject_id, about) values (:kind, :subject, :about)
                        on conflict do nothing
                        """)
                .param("kind", kind)
                .param("subject", subject)
                .param("about", about)
                .update();
        if (claimed == 0) {
            return;
        }
        String author = networks.find(network).map(Network::name).orElse("Passerelle");
        UUID article = articles.insert(draft, "draft", network, null, author);
        jdbc.sql("update news_proposal set article_id = :article where kind = :kind and subject_id = :subject")
                .param("article", article)
                .param("kind", kind)
                .param("subject", subject)
                .update();
    }
}
