package fr.passerelle.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Network;
import fr.passerelle.accounts.Networks;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.common.privacy.AddressData;
import fr.passerelle.events.EventDrafts;
import fr.passerelle.events.Events;
import fr.passerelle.groups.internal.GroupsDemoData;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.ArticleDraft;
import fr.passerelle.news.internal.Articles;
import fr.passerelle.news.internal.Newsletter;
import fr.passerelle.news.internal.NewsletterSending;
import fr.passerelle.news.internal.Subscriptions;
import fr.passerelle.testing.AtomFeeds;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The news on the whole platform: both Atom feeds pass RFC 4287's schema (Jing) and answer conditional requests; a
 * visitor subscribes to the newsletter by double opt-in, reads it once in their mailbox and leaves it in one click;
 * only coordinators write, and only an article's author changes it; wrong input comes back in French.
 */
@PlatformTest
class NewsTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Articles articles;

    @Autowired
    Newsletter newsletter;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    NewsletterSending sending;

    @Autowired
    SiteAddress site;

    @Autowired
    Events events;

    @Autowired
    Networks networks;

    @Autowired
    java.util.List<AddressData> addressData;

    @Test
    void bothAtomFeedsPassTheSchemaOfRfc4287() throws Exception {
        String news = feed("/actualites/flux.atom");
        assertThat(AtomFeeds.problems(news))
                .as("RFC 4287 schema on the news feed")
                .isEmpty();
        assertThat(news)
                .contains("<id>tag:" + java.net.URI.create(site.url()).getHost() + ",2026:actualites</id>")
                .contains("<id>urn:uuid:")
                .contains("<content type=\"html\">&lt;p>")
                .contains("rel=\"alternate\" type=\"text/html\" href=\"" + site.url() + "/actualites/")
                .contains("<name>Cap Rural</name>");
        String offers = feed("/offres/feed.atom");
        assertThat(AtomFeeds.problems(offers))
                .as("RFC 4287 schema on the offers feed")
                .isEmpty();
        assertThat(AtomFeeds.problems(offers.replace("<id>urn:uuid:", "<identifiant>urn:uuid:")))
                .as("the same feed broken")
                .isNotEmpty();
        assertThat(AtomFeeds.problems(news.replaceFirst("<updated>[^<]*</updated>", "<updated>hier</updated>")))
                .as("a date that is none")
                .isNotEmpty();
    }

    @Test
    void theNewsFeedAnswersAConditionalRequestWithoutItsBody() throws Exception {
        String etag = mvc.perform(get("/actualites/flux.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/actualites/flux.atom").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
    }

    @Test
    void aSubscriberConfirmsReceivesTheLetterOnceAndLeavesInOneClick() throws Exception {
        String email = Sessions.uniqueEmail("lettre");
        subscribe(email).andExpect(status().is3xxRedirection());
        MimeMessage confirmation = Mails.awaitMail(greenMail, email, "Confirmez votre abonnement");
        String text = Mails.text(confirmation);
        String token = text.replaceAll("(?s).*/actualites/lettre/confirmer\\?jeton=([A-Za-z0-9_-]+).*", "$1");
        assertThat(token).doesNotContain(" ").hasSizeGreaterThan(20);

        // Asking again is no error and tells the page nothing: the same answer.
        String again =
                subscribe(email).andReturn().getFlashMap().get("letterNotice").toString();
        assertThat(again).isEqualTo("news.subscribe.sent");

        // Nothing goes to an address before it is confirmed.
        AccountUser coordinator = coordinator();
        article(coordinator, "Avant confirmation");
        UUID first = queue(coordinator);
        assertThat(Mails.count(greenMail, email, "Lettre d’information")).isZero();

        mvc.perform(get("/actualites/lettre/confirmer").param("jeton", token))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(email), containsString("Confirmer mon abonnement"))));
        mvc.perform(post("/actualites/lettre/confirmer").param("jeton", token).with(csrf()))
                .andExpect(content().string(containsString("Votre adresse est confirmée")));
        mvc.perform(post("/actualites/lettre/confirmer")
                        .param("jeton", "faux-jeton")
                        .with(csrf()))
                .andExpect(content().string(containsString("Ce lien de confirmation est inconnu ou a expiré")));

        String title = article(coordinator, "Après confirmation");
        UUID second = queue(coordinator);
        MimeMessage letter = Mails.awaitMail(greenMail, email, "Lettre d’information n°");
        assertThat(Mails.text(letter)).contains(title).doesNotContain("Avant confirmation");
        String unsubscribe = jdbc.sql("select token from news_subscriber where email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        String address = site.url() + "/actualites/lettre/" + unsubscribe + "/desinscription";
        assertThat(letter.getHeader("List-Unsubscribe")).containsExactly("<" + address + ">");
        assertThat(letter.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // Sent again (a second run, a restart): nobody gets it twice.
        assertThat(sending.send(second)).isZero();
        assertThat(sending.send(first))
                .as("a letter queued before the address was confirmed")
                .isZero();
        assertThat(Mails.countWhenHandled(context, greenMail, email, "Lettre d’information n°"))
                .isOne();

        // The provider's one-click POST: no session, no CSRF token.
        mvc.perform(post("/actualites/lettre/" + unsubscribe + "/desinscription")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("plus aucune lettre")));
        article(coordinator, "Après le départ");
        queue(coordinator);
        assertThat(Mails.countWhenHandled(context, greenMail, email, "Lettre d’information n°"))
                .isOne();
        mvc.perform(post("/actualites/lettre/inconnu/desinscription").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSubscriptionIsInTheAddressExportAndGoesWithItsErasure() throws Exception {
        String email = Sessions.uniqueEmail("effacee");
        subscribe(email).andExpect(status().is3xxRedirection());
        AddressData letter = addressData.stream()
                .filter(data -> data.section().equals("lettre_information"))
                .findFirst()
                .orElseThrow();
        assertThat(letter.export(email.toUpperCase(java.util.Locale.ROOT)))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("e_mail", email));
        letter.erase(email);
        assertThat(letter.export(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from news_subscriber where email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAddressThatIsNoneIsRefusedInFrenchAndKept() throws Exception {
        subscribe("pas-une-adresse")
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("letterError")).isEqualTo("news.subscribe.email.invalid"))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("letterEmail")).isEqualTo("pas-une-adresse"));
        assertThat(jdbc.sql("select count(*) from news_subscriber where email = 'pas-une-adresse'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyCoordinatorsWriteAndOnlyTheAuthorChangesADraft() throws Exception {
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, null);
        mvc.perform(get("/actualites/nouvel-article").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/actualites/numeros").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/actualites/nouvel-article")).andExpect(status().is3xxRedirection());

        String authorEmail = Sessions.uniqueEmail("redactrice");
        Sessions.user(accounts, authorEmail, Role.COORDINATOR);
        Cookie author = Sessions.signIn(mvc, authorEmail);
        Cookie colleague = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String location = mvc.perform(post("/actualites/nouvel-article")
                        .cookie(author)
                        .with(csrf())
                        .param("title", "Brouillon de la rédactrice")
                        .param("summary", "Un chapeau.")
                        .param("body", "Premier paragraphe.\n\nSecond paragraphe.")
                        .param("publishedOn", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/actualites/" + id).cookie(colleague)).andExpect(status().isNotFound());
        mvc.perform(get("/actualites/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/actualites/" + id + "/modifier").cookie(colleague)).andExpect(status().isNotFound());
        mvc.perform(post("/actualites/" + id + "/publier").cookie(colleague).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actualites/" + id + "/publier").cookie(advisor).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(articleStatus(id)).isEqualTo("draft");

        mvc.perform(post("/actualites/" + id + "/publier").cookie(author).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(articleStatus(id)).isEqualTo("published");
        mvc.perform(get("/actualites/" + id))
                .andExpect(content()
                        .string(allOf(
                                containsString("Second paragraphe."),
                                not(containsString("/actualites/" + id + "/modifier")))));
        mvc.perform(post("/actualites/" + id + "/retirer").cookie(colleague).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(articleStatus(id)).isEqualTo("published");
    }

    @Test
    void wrongInputComesBackInFrenchWithWhatWasTyped() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String page = mvc.perform(post("/actualites/nouvel-article")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("title", "")
                        .param("summary", "x".repeat(401))
                        .param("body", "Un texte sans accent.")
                        .param("publishedOn", "31/02/2026"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Donnez un titre à l’article")
                .contains("Le chapeau fait au plus 400 caractères.")
                .contains("Date illisible")
                .contains("Un texte sans accent.")
                .contains("31/02/2026");
        String future = mvc.perform(post("/actualites/nouvel-article")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("title", "T".repeat(151))
                        .param("summary", "Un chapeau.")
                        .param("body", "Un texte.")
                        .param("publishedOn", "01/01/2999"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(future)
                .contains("Le titre fait de 3 à 150 caractères.")
                .contains("La date de publication ne peut être ni à venir");
    }

    private org.springframework.test.web.servlet.ResultActions subscribe(String email) throws Exception {
        return mvc.perform(post("/actualites/lettre")
                .param("email", email)
                .param("reseau", Network.DEFAULT.toString())
                .with(csrf()));
    }

    private String feed(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The demonstration shows the whole path of a group started: the demonstration coordinator started one through
     * {@code Groups.start}, as on the page, and its draft article waits in the news for Cap Rural's coordinators.
     */
    @Test
    void theDemonstrationsStartedGroupHasItsDraftArticleWaitingForCapRural() throws Exception {
        EventPublications.awaitHandled(context);
        var group = jdbc.sql(
                        """
                        select g.id, g.network_id, u.email from working_group g join user_account u on u.id = g.started_by
                        where g.name = :name
                        """)
                .param("name", GroupsDemoData.STARTED)
                .query((rs, row) ->
                        new String[] {rs.getString("id"), rs.getString("network_id"), rs.getString("email")})
                .single();
        assertThat(group[1]).isEqualTo(Network.DEFAULT.toString());
        assertThat(group[2]).isEqualTo("coordination@passerelle.example");
        String title = "Un groupe de travail démarre\u00a0: " + GroupsDemoData.STARTED;
        assertThat(jdbc.sql(
                                """
                                select a.title from news_proposal p join news_article a on a.id = p.article_id
                                where p.subject_id = cast(:group as uuid) and a.status = 'draft'
                                """)
                        .param("group", group[0])
                        .query(String.class)
                        .list())
                .containsExactly(title);
        String colleague = Sessions.uniqueEmail("cap-rural");
        networks.place(Sessions.user(accounts, colleague, Role.COORDINATOR), Network.DEFAULT);
        mvc.perform(get("/actualites").cookie(Sessions.signIn(mvc, colleague)))
                .andExpect(content().string(containsString(GroupsDemoData.STARTED)));
    }

    @Test
    void aProposedDraftIsKeptByItsNetworksCoordinatorsOnlyWhoMayDeleteIt() throws Exception {
        UUID event = events.publish(
                coordinator(),
                EventDrafts.titled(
                        "Forum des initiatives " + UUID.randomUUID(),
                        OffsetDateTime.now().plusDays(45)));
        EventPublications.awaitHandled(context);
        String id = jdbc.sql("select article_id::text from news_proposal where subject_id = :event")
                .param("event", event)
                .query(String.class)
                .single();
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, null);
        String elsewhere = Sessions.uniqueEmail("autre-reseau");
        networks.place(
                Sessions.user(accounts, elsewhere, Role.COORDINATOR),
                networks.demoSecond().orElseThrow().id());
        Cookie stranger = Sessions.signIn(mvc, elsewhere);
        for (Cookie outsider : java.util.List.of(advisor, stranger)) {
            mvc.perform(post("/actualites/" + id + "/publier").cookie(outsider).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/actualites/" + id + "/supprimer")
                            .cookie(outsider)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/actualites/" + id + "/modifier").cookie(stranger)).andExpect(status().isNotFound());
        assertThat(articleStatus(id)).isEqualTo("draft");

        Cookie colleague = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(get("/actualites").cookie(colleague))
                .andExpect(content().string(containsString("Proposé à la publication de l’événement")));
        mvc.perform(post("/actualites/" + id + "/supprimer").cookie(colleague).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/actualites"));
        assertThat(jdbc.sql("select count(*) from news_article where id = :id::uuid")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theDemonstrationArticleOfTheGuideLinksItsResource() {
        assertThat(jdbc.sql("select r.title from news_article a join resource r on r.id = a.resource_id"
                                + " where a.title = :article")
                        .param("article", context.getMessage("news.demo.resource.title", null, Locale.FRENCH))
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(
                        title -> assertThat(title).startsWith("ESS & Ruralités").endsWith("le guide en bref"));
    }

    /**
     * Each regional network sends its own letter: the second network's coordinator queues an issue numbered in their
     * network's series, with their network's article only, and it reaches their subscribers only; Cap Rural's next
     * issue does not carry that article. An address may take both letters.
     */
    @Test
    void eachNetworkSendsItsOwnLetterWithItsArticlesToItsSubscribers() throws Exception {
        UUID second = networks.demoSecond().orElseThrow().id();
        String email = Sessions.uniqueEmail("autre-reseau");
        UUID id = Sessions.user(accounts, email, Role.COORDINATOR);
        networks.place(id, second);
        AccountUser theirs =
                new AccountUser(id, email, "Coordinateur BFC", Set.of(Role.COORDINATOR), Set.of(), second, true, null);
        String morvan = article(theirs, "Installation dans le Morvan");
        String both = Sessions.uniqueEmail("deux-lettres");
        String capRuralOnly = Sessions.uniqueEmail("cap-rural-seul");
        String secondOnly = Sessions.uniqueEmail("bfc-seul");
        subscriptions.record(both, Network.DEFAULT);
        subscriptions.record(both, second);
        subscriptions.record(capRuralOnly, Network.DEFAULT);
        subscriptions.record(secondOnly, second);

        assertThat(newsletter.preview(coordinator()).articles())
                .extracting(Article::title)
                .doesNotContain(morvan);
        Newsletter.Preview preview = newsletter.preview(theirs);
        assertThat(preview.articles()).extracting(Article::title).contains(morvan);
        assertThat(preview.articles())
                .allSatisfy(article -> assertThat(article.networkId()).isEqualTo(second));
        assertThat(preview.subject()).endsWith("— Réseau rural Bourgogne-Franche-Comté");
        UUID issue = queue(theirs);

        String subject = preview.subject();
        assertThat(Mails.text(Mails.awaitMail(greenMail, secondOnly, subject))).contains(morvan);
        assertThat(Mails.text(Mails.awaitMail(greenMail, both, subject))).contains(morvan);
        assertThat(Mails.countWhenHandled(context, greenMail, capRuralOnly, subject))
                .isZero();
        assertThat(jdbc.sql("select count(*) from news_delivery d join news_subscriber s on s.id = d.subscriber_id"
                                + " where d.issue_id = :issue and s.network_id <> :second")
                        .param("issue", issue)
                        .param("second", second)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A network that is none (a forged form) is said in French, the address kept, and nothing is recorded. */
    @Test
    void aSubscriptionToNoKnownNetworkIsRefusedInFrench() throws Exception {
        String email = Sessions.uniqueEmail("sans-reseau");
        for (String network : java.util.List.of("pas-un-id", UUID.randomUUID().toString(), "")) {
            mvc.perform(post("/actualites/lettre")
                            .param("email", email)
                            .param("reseau", network)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("letterError", "news.subscribe.network.unknown"))
                    .andExpect(flash().attribute("letterEmail", email));
        }
        assertThat(context.getMessage("news.subscribe.network.unknown", null, Locale.FRENCH))
                .isEqualTo("Choisissez le réseau dont vous voulez recevoir la lettre.");
        assertThat(jdbc.sql("select count(*) from news_subscriber where email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private AccountUser coordinator() {
        String email = Sessions.uniqueEmail("coordination");
        UUID id = Sessions.user(accounts, email, Role.COORDINATOR);
        return new AccountUser(id, email, "Coordinatrice de test", Set.of(Role.COORDINATOR), Set.of(), true, null);
    }

    private String article(AccountUser coordinator, String title) {
        String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = articles.write(coordinator, new ArticleDraft(unique, "Un chapeau.", "Un texte.", null, null, null));
        articles.publish(coordinator, id);
        return unique;
    }

    private UUID queue(AccountUser coordinator) {
        int number = newsletter.queue(coordinator);
        EventPublications.awaitHandled(context);
        return jdbc.sql("select id from news_issue where number = :n and network_id = :network")
                .param("n", number)
                .param("network", coordinator.networkId())
                .query(UUID.class)
                .single();
    }

    private String articleStatus(String id) {
        return jdbc.sql("select status from news_article where id = :id::uuid")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
