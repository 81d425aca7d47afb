package fr.passerelle.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.events.EventDrafts;
import fr.passerelle.events.EventPublished;
import fr.passerelle.events.Events;
import fr.passerelle.groups.GroupStarted;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.GroupDraft;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.ArticleDraft;
import fr.passerelle.news.internal.Articles;
import fr.passerelle.news.internal.NewsRejectedException;
import fr.passerelle.news.internal.Newsletter;
import fr.passerelle.news.internal.NewsletterSending;
import fr.passerelle.news.internal.Subscriptions;
import fr.passerelle.notifications.Email;
import fr.passerelle.resources.ResourceDrafts;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.SentEmails;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The news module on its own: an article is checked whole; only coordinators write and only the author changes a
 * draft, and a draft proposed on a publication is its network's coordinators'; one is proposed per event, public
 * resource or group started, ever; an article links only a public resource; the newsletter goes only to confirmed addresses (double opt-in), each once however often it is sent, and
 * never to an address that left.
 */
@ModuleTest(extraIncludes = {"accounts", "territory", "directory", "notifications", "contacts"})
class NewsModuleTests {

    private static final AccountUser COORDINATOR = user(Role.COORDINATOR);
    private static final AccountUser OTHER_COORDINATOR = user(Role.COORDINATOR);
    private static final AccountUser AGENT = user(Role.TERRITORY_AGENT);
    private static final AccountUser ADVISOR = user(Role.ADVISOR);
    private static final AccountUser ELSEWHERE = new AccountUser(
            UUID.randomUUID(),
            "ailleurs@exemple.fr",
            "Coordinatrice d’un autre réseau",
            Set.of(Role.COORDINATOR),
            Set.of(),
            UUID.randomUUID(),
            true,
            null);

    @Autowired
    Articles articles;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Newsletter newsletter;

    @Autowired
    NewsletterSending sending;

    @Autowired
    SentEmails sent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Events events;

    @Autowired
    Resources resources;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Groups groups;

    private static AccountUser user(Role role) {
        return new AccountUser(
                UUID.randomUUID(), role.name() + "@exemple.fr", "Personne de test", Set.of(role), Set.of(), true, null);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    @Test
    void anArticleIsCheckedWholeBeforeAnythingIsStored() {
        ArticleDraft wrong = new ArticleDraft(
                "ab", " ", "x".repeat(20_001), LocalDate.now().plusDays(2), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> articles.write(COORDINATOR, wrong))
                .isInstanceOf(NewsRejectedException.class)
                .satisfies(refusal -> assertThat(((RuleViolation) refusal)
                                .breaches().stream().map(Breach::field).toList())
                        .containsExactly("title", "summary", "body", "publishedOn", "eventId", "groupId"));
        assertThat(articles.exists("ab")).isFalse();
    }

    @Test
    void onlyCoordinatorsWriteAndOnlyTheAuthorPublishes() {
        ArticleDraft draft = new ArticleDraft("Un article", "Un chapeau.", "Un texte.", null, null, null);
        assertThatThrownBy(() -> articles.write(AGENT, draft)).isInstanceOf(AccessDeniedException.class);
        UUID id = articles.write(COORDINATOR, draft);
        assertThatThrownBy(() -> articles.publish(OTHER_COORDINATOR, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(articles.find(OTHER_COORDINATOR, id)).isEmpty();
        assertThat(articles.find(null, id)).isEmpty();
        articles.publish(COORDINATOR, id);
        assertThat(articles.find(null, id)).hasValueSatisfying(found -> {
            assertThat(found.published()).isTrue();
            assertThat(found.publishedOn()).isNotNull();
        });
    }

    @Test
    void theLetterGoesOnlyToConfirmedAddressesAndOnceEach() {
        String waiting = address("en-attente");
        String confirmed = address("confirmee");
        subscriptions.subscribe(waiting, Network.DEFAULT);
        subscriptions.subscribe(confirmed, Network.DEFAULT);
        subscriptions.subscribe(confirmed.toUpperCase(java.util.Locale.ROOT), Network.DEFAULT);
        assertThat(sent.to(confirmed)).hasSize(1);
        assertThat(sent.to(confirmed.toUpperCase(java.util.Locale.ROOT)))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("Confirmez"));
        assertThat(jdbc.sql("select count(*) from news_subscriber where lower(email) = lower(:e)")
                        .param("e", confirmed)
                        .query(Integer.class)
                        .single())
                .isOne();
        String link = token(sent.to(confirmed).get(0));
        assertThat(subscriptions.confirm(link)).isTrue();
        assertThat(subscriptions.confirm("pas-un-jeton")).isFalse();

        publish("Pour la lettre " + confirmed);
        UUID issue = queue();
        assertThat(letters(confirmed)).singleElement().satisfies(letter -> {
            assertThat(letter.body()).contains("Pour la lettre " + confirmed, "/desinscription");
            assertThat(letter.unsubscribe()).contains("/actualites/lettre/").endsWith("/desinscription");
        });
        assertThat(letters(waiting)).isEmpty();

        // Sent again, as a second run or a restart would: nobody gets it twice.
        assertThat(sending.send(issue)).isZero();
        assertThat(letters(confirmed)).hasSize(1);

        String unsubscribe = letters(confirmed).get(0).unsubscribe();
        assertThat(subscriptions.unsubscribe(unsubscribe.replaceAll(".*/lettre/([^/]+)/desinscription", "$1")))
                .isTrue();
        publish("Après le départ " + confirmed);
        queue();
        assertThat(letters(confirmed)).hasSize(1);
    }

    @Test
    void anIssueNeedsAnArticlePublishedSinceTheLastOne() {
        publish("Une nouvelle " + UUID.randomUUID());
        queue();
        assertThatThrownBy(() -> newsletter.queue(COORDINATOR))
                .isInstanceOf(NewsRejectedException.class)
                .hasMessageContaining("news.issue.empty");
        assertThatThrownBy(() -> newsletter.queue(AGENT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anArticleWhosePublicationCommittedJustAfterAnIssueWasQueuedGoesInTheNextOne() {
        publish("Avant le numéro " + UUID.randomUUID());
        UUID first = queue();
        // Published by a transaction that began before the issue was queued and committed after it: dated earlier.
        UUID late = articles.write(
                COORDINATOR,
                new ArticleDraft("En retard " + UUID.randomUUID(), "Un chapeau.", "Un texte.", null, null, null));
        articles.publish(COORDINATOR, late);
        jdbc.sql("update news_article set published_at = (select queued_at from news_issue where id = :issue)"
                        + " - interval '1 second' where id = :id")
                .param("issue", first)
                .param("id", late)
                .update();

        UUID second = queue();
        assertThat(carried(second)).containsExactly(late);
        assertThat(carried(first)).doesNotContain(late);
    }

    /** Bites between midnight and nine, Paris time, when nine o'clock today is still to come (CI ran then). */
    @Test
    void aDemonstrationArticleOfTodayIsNeverDatedInTheFuture() {
        UUID id = articles.record(
                new ArticleDraft(
                        "Démonstration " + UUID.randomUUID(),
                        "Un chapeau.",
                        "Un texte.",
                        fr.passerelle.common.Paris.today(),
                        null,
                        null),
                "Démonstration");
        assertThat(jdbc.sql("select published_at <= now() from news_article where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anEventPublishedProposesOneDraftOfItsNetworkEver() {
        UUID event = events.publish(
                COORDINATOR, EventDrafts.titled("Rencontre des accueillants " + UUID.randomUUID(), inAMonth()));
        EventPublications.awaitHandled(context);
        Article draft = proposedFor(event).orElseThrow();
        assertThat(draft.draft()).isTrue();
        assertThat(draft.eventId()).isEqualTo(event);
        assertThat(draft.networkId()).isEqualTo(Network.DEFAULT);
        assertThat(draft.proposedFrom()).isEqualTo("event");
        assertThat(draft.title()).startsWith("À l’agenda").contains("Rencontre des accueillants");
        assertThat(draft.body()).contains("Die, salle des fêtes", "/agenda/" + event);
        assertThat(articles.unpublished(OTHER_COORDINATOR))
                .extracting(Article::id)
                .contains(draft.id());

        // Delivered twice more, then again after its draft was deleted: never a second draft.
        redeliver(new EventPublished(event, Network.DEFAULT), 2);
        assertThat(proposals(event)).isOne();
        assertThat(articles.delete(OTHER_COORDINATOR, draft.id())).isTrue();
        redeliver(new EventPublished(event, Network.DEFAULT), 1);
        assertThat(proposedFor(event)).isEmpty();
        assertThat(proposals(event)).isOne();
    }

    @Test
    void aGroupStartedProposesOneDraftThatLinksItsPageForItsNetwork() {
        WorkingGroup group = groups.start(
                COORDINATOR,
                new GroupDraft(
                        "Mobilités rurales " + UUID.randomUUID().toString().substring(0, 6),
                        "Les mobilités du quotidien dans les bourgs",
                        "Recenser ce que les territoires essaient.",
                        null,
                        "deux réunions par an"));
        EventPublications.awaitHandled(context);
        Article draft = proposedFor(group.id()).orElseThrow();
        assertThat(draft.draft()).isTrue();
        assertThat(draft.groupId()).isEqualTo(group.id());
        assertThat(draft.networkId()).isEqualTo(Network.DEFAULT);
        assertThat(draft.proposedFrom()).isEqualTo("group");
        assertThat(draft.title()).isEqualTo("Un groupe de travail démarre\u00a0: " + group.name());
        assertThat(draft.body())
                .contains("Les mobilités du quotidien", "Recenser ce que", "deux réunions par an")
                .contains("/groupes/" + group.slug());
        assertThat(articles.find(ELSEWHERE, draft.id())).isEmpty();

        redeliver(new GroupStarted(group.id(), Network.DEFAULT), 1);
        assertThat(proposals(group.id())).isOne();
    }

    @Test
    void onlyTheCoordinatorsOfItsNetworkKeepAProposedDraft() {
        UUID event = events.publish(
                COORDINATOR, EventDrafts.titled("Journée des tiers-lieux " + UUID.randomUUID(), inAMonth()));
        EventPublications.awaitHandled(context);
        UUID id = proposedFor(event).orElseThrow().id();
        for (AccountUser stranger : List.of(ADVISOR, ELSEWHERE)) {
            assertThat(articles.find(stranger, id)).isEmpty();
            assertThat(articles.unpublished(stranger)).extracting(Article::id).doesNotContain(id);
            assertThatThrownBy(() -> articles.publish(stranger, id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> articles.delete(stranger, id)).isInstanceOf(AccessDeniedException.class);
        }
        articles.publish(OTHER_COORDINATOR, id);
        assertThat(articles.find(null, id))
                .hasValueSatisfying(found -> assertThat(found.published()).isTrue());
    }

    @Test
    void aPublicResourcePublishedProposesADraftThatLinksItAndAReservedOneNone() {
        UUID open = resources.publish(COORDINATOR, guide("Guide de l’accueil", false), null);
        UUID reserved = resources.publish(COORDINATOR, guide("Notes internes", true), null);
        EventPublications.awaitHandled(context);
        assertThat(proposedFor(open)).hasValueSatisfying(draft -> {
            assertThat(draft.resourceId()).isEqualTo(open);
            assertThat(draft.proposedFrom()).isEqualTo("resource");
            assertThat(draft.body()).contains("/ressources/" + open);
        });
        assertThat(proposedFor(reserved)).isEmpty();
        assertThat(proposals(reserved)).isZero();
    }

    @Test
    void anArticleLinksOnlyAPublicResourceOfTheLibrary() {
        UUID reserved = resources.publish(COORDINATOR, guide("Notes réservées", true), null);
        UUID open = resources.publish(COORDINATOR, guide("Fiche publique", false), null);
        for (UUID wrong : List.of(UUID.randomUUID(), reserved)) {
            ArticleDraft draft = new ArticleDraft("Un article", "Un chapeau.", "Un texte.", null, null, null, wrong);
            assertThatThrownBy(() -> articles.write(COORDINATOR, draft))
                    .isInstanceOf(NewsRejectedException.class)
                    .hasMessageContaining("news.resource.unknown");
        }
        UUID id = articles.write(
                COORDINATOR, new ArticleDraft("Un article", "Un chapeau.", "Un texte.", null, null, null, open));
        assertThat(articles.find(COORDINATOR, id))
                .hasValueSatisfying(found -> assertThat(found.resourceId()).isEqualTo(open));
    }

    private Optional<Article> proposedFor(UUID subject) {
        return jdbc.sql("select article_id from news_proposal where subject_id = :subject and article_id is not null")
                .param("subject", subject)
                .query(UUID.class)
                .optional()
                .flatMap(id -> articles.find(COORDINATOR, id));
    }

    /** How many drafts were proposed for that event or resource, the deleted ones too. */
    private int proposals(UUID subject) {
        return jdbc.sql("select count(*) from news_proposal where subject_id = :subject")
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }

    /**
     * Publishes the news again as many times as a restart's republication would, each in its own transaction and
     * handled before the next. Not two equal events in flight at once: Spring Modulith's registry keys the
     * publications it tracks by event and listener, so of two equal publications handled together one can be left
     * marked unhandled for good (and fail every later wait of the shared context). The claim itself is a unique
     * key of {@code news_proposal}, which PostgreSQL keeps under any concurrency.
     */
    private void redeliver(Object news, int times) {
        for (int i = 0; i < times; i++) {
            transactions.executeWithoutResult(status -> context.publishEvent(news));
            EventPublications.awaitHandled(context);
        }
    }

    private static ResourceDraft guide(String title, boolean membersOnly) {
        return ResourceDrafts.guide(
                title + " " + UUID.randomUUID().toString().substring(0, 8),
                membersOnly,
                "https://exemple.fr/guide",
                LocalDate.now().minusDays(1));
    }

    private static OffsetDateTime inAMonth() {
        return OffsetDateTime.now().plusDays(30);
    }

    private List<UUID> carried(UUID issue) {
        return jdbc.sql("select article_id from news_issue_article where issue_id = :issue order by position")
                .param("issue", issue)
                .query(UUID.class)
                .list();
    }

    private void publish(String title) {
        UUID id = articles.write(COORDINATOR, new ArticleDraft(title, "Un chapeau.", "Un texte.", null, null, null));
        articles.publish(COORDINATOR, id);
    }

    /** Queues the next issue and waits until its sending, after the commit, is done. */
    private UUID queue() {
        int number = newsletter.queue(COORDINATOR);
        EventPublications.awaitHandled(context);
        return jdbc.sql("select id from news_issue where number = :n")
                .param("n", number)
                .query(UUID.class)
                .single();
    }

    private static String token(Email confirmation) {
        return confirmation.body().replaceAll("(?s).*confirmer\\?jeton=([A-Za-z0-9_-]+).*", "$1");
    }

    private List<Email> letters(String address) {
        return sent.to(address).stream()
                .filter(mail -> mail.subject().startsWith("Lettre d’information"))
                .toList();
    }
}
