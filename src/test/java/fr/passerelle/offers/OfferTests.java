package fr.passerelle.offers;

import static fr.passerelle.testing.FormPages.errorBeside;
import static fr.passerelle.testing.FormPages.typedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.offers.internal.AlertFrequency;
import fr.passerelle.offers.internal.OfferAlerts;
import fr.passerelle.offers.internal.OfferLifecycle;
import fr.passerelle.offers.internal.OfferPicturesFromDisk;
import fr.passerelle.offers.internal.OfferSearchParams;
import fr.passerelle.offers.internal.OfferWidgets;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.SecondInstance;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;

/**
 * Offers from the outside: the Diois's agent writes an offer with every mistake a form can take, then a qualified
 * one with its picture, and publishes it; another territory's agent cannot touch it; a file that is not an image is
 * refused in French; visitors find offers by words, kind, département and distance, in the API and the Atom feed;
 * offers expire at their end date after a notice.
 */
@PlatformTest
class OfferTests {

    private static final String DIOIS = "Communauté de communes du Diois";

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    OfferPicturesFromDisk fromDisk;

    @Value("${passerelle.data-dir}")
    Path dataDir;

    @Autowired
    fr.passerelle.intake.Intakes intakes;

    @Autowired
    OfferAlerts alerts;

    @Autowired
    fr.passerelle.common.SiteAddress site;

    @Autowired
    OfferWidgets widgets;

    @Autowired
    fr.passerelle.orientation.Orientation orientation;

    Cookie agent;
    String agentEmail;
    Cookie otherAgent;
    String tag;

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private Cookie member(Role role, String organisation, String email) throws Exception {
        Sessions.user(accounts, email, role, organisation(organisation));
        return Sessions.signIn(mvc, email);
    }

    @BeforeEach
    void people() throws Exception {
        agentEmail = Sessions.uniqueEmail("diois");
        agent = member(Role.TERRITORY_AGENT, DIOIS, agentEmail);
        otherAgent = member(
                Role.TERRITORY_AGENT, "Communauté de communes du Pilat Rhodanien", Sessions.uniqueEmail("pilat"));
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xC77D2A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private MockMultipartHttpServletRequestBuilder offerForm(String path) {
        MockMultipartHttpServletRequestBuilder form = multipart(path);
        form.cookie(agent).with(csrf());
        return form;
    }

    /** The form of a qualified offer of the Diois. */
    private MockMultipartHttpServletRequestBuilder qualified(String path, String title) {
        MockMultipartHttpServletRequestBuilder form = offerForm(path);
        form.param("organisationId", organisation(DIOIS).toString())
                .param("kind", "BESOIN_IDENTIFIE")
                .param("title", title)
                .param("description", "Le village cherche un fournil tenu par une boulangère ou un boulanger.")
                .param("commune", "26086")
                .param("sectors", "COMMERCE_ARTISANAT")
                .param("localSupport", "Le pôle développement de la CC du Diois.")
                .param("premises", "Fournil équipé de 60 m².")
                .param("housing", "Appartement communal au-dessus.")
                .param("contactName", "Élodie Faure")
                .param("contactEmail", "accueil@paysdiois.example")
                .param("endsOn", Offers.today().plusDays(60).toString())
                .param("pictureAlt", "Le fournil");
        return form;
    }

    /** A field of the form typed otherwise than the filled form has it. */
    private static RequestPostProcessor typed(String field, String value) {
        return request -> {
            request.setParameter(field, value);
            return request;
        };
    }

    /** A qualified offer of the Diois, published with its picture; its id. */
    private UUID published(String title) throws Exception {
        MockMultipartHttpServletRequestBuilder form = qualified("/offres/nouvelle", title);
        form.file(new MockMultipartFile("picture", "fournil.png", "image/png", png()));
        String location = mvc.perform(form.param("action", "publish"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/offres/", ""));
    }

    @Test
    void wrongDatesAreSaidBesideTheirFieldsAndEveryOtherTypedValueIsKept() throws Exception {
        mvc.perform(qualified("/offres/nouvelle", "Fournil " + tag)
                        .with(typed("availableFrom", "demain"))
                        .with(typed("endsOn", "31/02/2027"))
                        .with(typed("contactPhone", "04 75 22 00 00")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside(
                                        "availableFrom", "Date invalide\u00a0: écrivez-la sous la forme 15/03/2027."),
                                errorBeside("endsOn", "Date invalide\u00a0: écrivez-la sous la forme 15/03/2027."),
                                typedIn("availableFrom", "demain"),
                                typedIn("endsOn", "31/02/2027"),
                                typedIn("title", "Fournil " + tag),
                                typedIn("contactName", "Élodie Faure"),
                                typedIn("contactPhone", "04 75 22 00 00"),
                                typedIn("pictureAlt", "Le fournil"))));

        UUID id = published("Fournil " + tag);
        mvc.perform(qualified("/offres/" + id + "/modifier", "Fournil communal " + tag)
                        .with(typed("availableFrom", "01/09/2027"))
                        .with(typed("endsOn", "2027-08-01")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside("endsOn", "La date de fin ne peut pas précéder la date de disponibilité."),
                                typedIn("availableFrom", "2027-09-01"),
                                typedIn("endsOn", "2027-08-01"),
                                typedIn("title", "Fournil communal " + tag))));
        mvc.perform(qualified("/offres/" + id + "/modifier", "Fournil communal " + tag)
                        .with(typed("endsOn", "30/02/2027")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                errorBeside("endsOn", "Date invalide"),
                                typedIn("endsOn", "30/02/2027"),
                                typedIn("contactEmail", "accueil@paysdiois.example"))));
        assertThat(jdbc.sql("select title from offer where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Fournil " + tag);
    }

    @Test
    void theAgentSeesEveryMistakeAtOnceThenPublishesAQualifiedOfferWithItsPicture() throws Exception {
        mvc.perform(offerForm("/offres/nouvelle")
                        .file(new MockMultipartFile("picture", "photo.jpg", "image/jpeg", "pas une image".getBytes()))
                        .param("organisationId", organisation(DIOIS).toString())
                        .param("title", "Pain")
                        .param("description", "Trop court.")
                        .param("communeLabel", "Nullepart-sur-Rien")
                        .param("contactEmail", "pas-une-adresse")
                        .param("availableFrom", "01/06/2027")
                        .param("endsOn", "31/02/2027"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez le type d’offre."),
                                containsString("Le titre compte de 5 à 150 caractères."),
                                containsString("La description compte de 20 à 8 000 caractères."),
                                containsString("Commune introuvable"),
                                containsString("Adresse e-mail invalide"),
                                containsString("Date invalide"),
                                containsString("Ce fichier n’est pas une photo JPEG ou PNG."),
                                containsString("value=\"Nullepart-sur-Rien\""))));
        mvc.perform(offerForm("/offres/nouvelle")
                        .param("organisationId", organisation(DIOIS).toString())
                        .param("kind", "LOCAL")
                        .param("title", "Un local " + tag)
                        .param("description", "Un local commercial sur la place du village, libre de suite.")
                        .param("commune", "26113")
                        .param("availableFrom", "2027-06-01")
                        .param("endsOn", "2027-05-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez une adresse e-mail ou un téléphone de contact."),
                                containsString("La date de fin ne peut pas précéder la date de disponibilité."))));
        assertThat(jdbc.sql("select count(*) from offer where title = :t")
                        .param("t", "Un local " + tag)
                        .query(Long.class)
                        .single())
                .isZero();

        UUID id = published("Fournil à reprendre " + tag);
        assertThat(jdbc.sql("select qualified and status = 'published' from offer where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/offres/" + id))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Fournil à reprendre " + tag),
                                containsString("Offre qualifiée"),
                                containsString("Châtillon-en-Diois (26)"),
                                containsString("/offres/" + id + "/photo"))));
        byte[] picture = mvc.perform(get("/offres/" + id + "/photo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(picture)).getWidth()).isEqualTo(64);
        mvc.perform(get("/offres").param("q", "fournil " + tag))
                .andExpect(content().string(containsString("/offres/" + id)));
    }

    @Test
    void aPictureSentThroughOneInstanceIsServedByAnotherUntilItIsRemoved() throws Exception {
        String title = "Boulangerie " + tag + " à reprendre";
        UUID id = published(title);

        HttpResponse<byte[]> elsewhere = SecondInstance.get(dataSource, "/offres/" + id + "/photo");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(elsewhere.body()).isEqualTo(png());

        mvc.perform(qualified("/offres/" + id + "/modifier", title).param("removePicture", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(SecondInstance.get(dataSource, "/offres/" + id + "/photo").statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from offer_picture where offer_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPictureLeftUnderTheDataFolderByAnEarlierVersionIsMovedIntoTheDatabaseOnce() throws Exception {
        UUID id = published("Épicerie " + tag + " à reprendre");
        // As an earlier version left it: the picture on the disk under the offer's id, none in the database.
        Path file = dataDir.resolve("offers").resolve(id.toString());
        Files.createDirectories(file.getParent());
        Files.write(file, png());
        jdbc.sql("delete from offer_picture where offer_id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/offres/" + id + "/photo")).andExpect(status().isNotFound());

        assertThat(fromDisk.move()).isEqualTo(1);
        assertThat(file).doesNotExist();
        mvc.perform(get("/offres/" + id + "/photo"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(png()));
        assertThat(fromDisk.move()).isZero();
    }

    @Test
    void anotherTerritorysAgentCannotChangeTheOfferAndDraftsStayHidden() throws Exception {
        UUID id = published("Atelier " + tag + " à reprendre");
        mvc.perform(get("/offres/" + id + "/modifier").cookie(otherAgent)).andExpect(status().isNotFound());
        mvc.perform(multipart("/offres/" + id + "/modifier")
                        .cookie(otherAgent)
                        .with(csrf())
                        .param("title", "Détourné"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/offres/" + id + "/retirer").cookie(otherAgent).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/offres/" + id + "/retirer").cookie(agent).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/offres/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/offres/" + id).cookie(otherAgent)).andExpect(status().isNotFound());
        mvc.perform(get("/offres/" + id).cookie(agent)).andExpect(status().isOk());
        mvc.perform(get("/offres/" + id + "/photo")).andExpect(status().isNotFound());
        Cookie advisor = member(Role.ADVISOR, "CCI de la Drôme", Sessions.uniqueEmail("cci"));
        mvc.perform(get("/offres/nouvelle").cookie(advisor)).andExpect(status().isForbidden());
        // An agent cannot publish in another territory's name either.
        mvc.perform(multipart("/offres/nouvelle")
                        .cookie(otherAgent)
                        .with(csrf())
                        .param("organisationId", organisation(DIOIS).toString())
                        .param("kind", "LOCAL")
                        .param("title", "Au nom d’un autre " + tag)
                        .param("description", "Une offre publiée au nom d’un autre territoire.")
                        .param("commune", "26113")
                        .param("contactEmail", "a@b.fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le territoire qui publie l’offre.")));
    }

    @Test
    void visitorsFindOffersByWordsKindPlaceAndDistanceInTheApiAndTheFeed() throws Exception {
        mvc.perform(get("/api/v1/offers")
                        .param("q", "boulanger")
                        .param("kind", "besoin_identifie")
                        .param("departement", "26"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].commune.code").value(hasItem("26086")))
                .andExpect(jsonPath("$.items[0].qualified").value(true));
        mvc.perform(get("/api/v1/offers").param("near", "26113").param("radiusKm", "20"))
                .andExpect(jsonPath("$.items[*].commune.code").value(hasItem("26086")))
                .andExpect(jsonPath("$.items[0].distanceKm").isNumber());
        mvc.perform(get("/api/v1/offers").param("near", "26113").param("radiusKm", "3"))
                .andExpect(jsonPath("$.items[*].commune.code").value(not(hasItem("26086"))));
        mvc.perform(get("/api/v1/offers").param("kind", "chateau"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("kind=chateau")));
        mvc.perform(get("/api/v1/offers").param("near", "99999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Commune introuvable")));
        mvc.perform(get("/api/v1/territories/242600534/offers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].publisher.name").value(hasItem(DIOIS)));
        mvc.perform(get("/api/v1/territories/000000000/offers")).andExpect(status().isNotFound());

        String feed = mvc.perform(get("/offres/feed.atom").param("departement", "26"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isPositive();
        assertThat(feed).contains("Le village a besoin d’un boulanger").doesNotContain("Oyonnax");

        mvc.perform(get("/offres").param("q", "boulanger").param("kind", "nope"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le village a besoin d’un boulanger"),
                                containsString("Filtres ignorés car inconnus\u00a0: kind=nope."))));
    }

    @Test
    void theSearchHintsOwnExamplesFindOffersAndNoDistanceShowsWithoutAPlace() throws Exception {
        String kine = page(get("/offres").param("q", "kiné"));
        assertThat(kine)
                .contains("Marlhes cherche un ou une kinésithérapeute")
                .doesNotContain("à 0 km", "dans la commune");
        assertThat(page(get("/offres").param("q", "café associatif"))).contains("Épicerie-bar à reprendre à Ambierle");
        for (String example : java.util.List.of("boulangerie", "maraîchage")) {
            assertThat(page(get("/offres").param("q", example))).doesNotContain("Aucune offre");
        }
        assertThat(page(get("/offres").param("q", "boulanger").param("near", "26086")))
                .contains("dans la commune")
                .doesNotContain("à 0\u00a0km", "à 0 km");
        assertThat(kine).contains("href=\"#alerte\"");
    }

    @Test
    void anEmptySearchSaysWhatWasAskedAndHowToWidenIt() throws Exception {
        String words = page(get("/offres").param("q", "zeppelin").param("radiusKm", "30"));
        assertThat(words)
                .contains("Aucune offre ne répond à «\u00a0zeppelin\u00a0».", "Chercher sans les mots")
                .contains("href=\"/offres?radiusKm=30\"")
                .doesNotContain("élargissez le rayon", "Chercher partout");
        String near = page(
                get("/offres").param("near", "26113").param("radiusKm", "10").param("kind", "emploi"));
        assertThat(near)
                .contains("Aucune offre ne répond à tous ces critères.")
                .contains("Chercher à moins de 100 km de Die", "Chercher partout, pas seulement près de Die")
                .contains("Retirer les filtres");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedOfferIsNoticedAWeekBeforeItsEndThenExpires() throws Exception {
        UUID id = published("Local à reprendre " + tag);
        jdbc.sql("update offer set ends_on = :day where id = :id")
                .param("day", Offers.today().plusDays(3))
                .param("id", id)
                .update();
        ScheduledJobs.runTwiceAtOnce(context, OfferLifecycle.class, "everyHour");
        assertThat(Mails.awaitMail(greenMail, agentEmail, "arrive à échéance")
                        .getContent()
                        .toString())
                .contains("/offres/" + id + "/modifier");
        jdbc.sql("update offer set ends_on = :day where id = :id")
                .param("day", Offers.today().minusDays(1))
                .param("id", id)
                .update();
        ScheduledJobs.run(context, OfferLifecycle.class, "everyHour");
        assertThat(jdbc.sql("select status from offer where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("expired");
        Mails.awaitMail(greenMail, agentEmail, "a expiré");
        EventPublications.awaitHandled(context);
        assertThat(Mails.count(greenMail, agentEmail, "arrive à échéance")).isEqualTo(1);
        mvc.perform(get("/offres?q=" + tag)).andExpect(content().string(not(containsString("/offres/" + id + "\""))));
        mvc.perform(get("/offres/" + id)).andExpect(content().string(containsString("Cette offre a expiré")));
    }

    /** A baker's project in Die, its holder agreeing to be contacted by territories or not; the project's id. */
    private UUID bakery(String email, boolean territoryContact) {
        String title = "Boulangerie " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new fr.passerelle.intake.internal.IntakeDraft(
                        fr.passerelle.intake.internal.HolderKind.PERSON,
                        "Camille Martin",
                        email,
                        null,
                        null,
                        "69123",
                        java.util.List.of(),
                        title,
                        null,
                        fr.passerelle.common.ProjectKind.CREATION_INDIVIDUELLE,
                        fr.passerelle.common.ProjectStage.EMERGENCE,
                        java.util.List.of(fr.passerelle.common.Sector.COMMERCE_ARTISANAT),
                        false,
                        java.util.List.of(fr.passerelle.common.Need.INSTALLATION),
                        fr.passerelle.intake.internal.TargetScope.EPCI,
                        java.util.List.of("26113"),
                        true,
                        territoryContact),
                fr.passerelle.intake.IntakeChannel.FORM,
                null);
        return jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    @Test
    void aPublishedOfferReachesTheHoldersWhoseProjectsItFitsAndWhoAgreedToBeContacted() throws Exception {
        String willing = Sessions.uniqueEmail("boulangere");
        String discreet = Sessions.uniqueEmail("discret");
        UUID fitting = bakery(willing, true);
        UUID hidden = bakery(discreet, false);

        UUID offer = published("Fournil du village " + tag);

        assertThat(Mails.awaitMail(greenMail, willing, "Une offre pour votre projet")
                        .getContent()
                        .toString())
                .contains("/offres/" + offer, "Fournil du village " + tag, "/espace");
        mvc.perform(get("/accueil/territoire/offres/" + offer).cookie(agent))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/parcours/projets/" + fitting),
                                not(containsString("/parcours/projets/" + hidden)))));
        mvc.perform(get("/accueil/territoire/offres/" + offer).cookie(otherAgent))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parcours/projets/" + fitting).cookie(agent)).andExpect(status().isOk());

        // The orientation engine counts the offer among what answers "s'installer".
        var result = orientation.orient(
                new fr.passerelle.orientation.ProjectProfile(
                        fr.passerelle.common.ProjectKind.CREATION_INDIVIDUELLE,
                        fr.passerelle.common.ProjectStage.EMERGENCE,
                        java.util.List.of(fr.passerelle.common.Sector.COMMERCE_ARTISANAT),
                        false,
                        false,
                        java.util.List.of(fr.passerelle.common.Need.INSTALLATION),
                        java.util.List.of("26113")),
                Offers.today());
        var pick = result.groups().get(0).picks().stream()
                .filter(found -> found.id().equals(offer))
                .findFirst()
                .orElseThrow();
        assertThat(pick.kind()).isEqualTo(fr.passerelle.orientation.Pick.PickKind.OFFER);
        assertThat(pick.reasons())
                .contains("Offre qualifiée\u00a0: appui local, lieu, logement et contact")
                .anyMatch(reason -> reason.startsWith("À Châtillon-en-Diois (26), dans l’intercommunalité"));

        EventPublications.awaitHandled(context);
        assertThat(Mails.count(greenMail, discreet, "Une offre pour votre projet"))
                .isZero();
        // Published again after a withdrawal: nobody is told twice.
        mvc.perform(post("/offres/" + offer + "/retirer").cookie(agent).with(csrf()));
        mvc.perform(post("/offres/" + offer + "/publier").cookie(agent).with(csrf()));
        EventPublications.awaitHandled(context);
        assertThat(Mails.count(greenMail, willing, "Une offre pour votre projet"))
                .isEqualTo(1);
    }

    @Test
    void anAlertConfirmedByItsLinkSendsADigestOfNewOffersAndStopsInOneClick() throws Exception {
        String email = Sessions.uniqueEmail("alerte");
        String search = "kind=besoin_identifie&departement=26";
        mvc.perform(post("/offres/alertes")
                        .with(csrf())
                        .param("email", "pas-une-adresse")
                        .param("frequency", "daily")
                        .param("search", search))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("alertError", "offer.alert.email.invalid"));
        mvc.perform(post("/offres/alertes")
                        .with(csrf())
                        .param("email", email)
                        .param("frequency", "daily")
                        .param("search", search))
                .andExpect(status().is3xxRedirection());
        String confirmation = Mails.awaitMail(greenMail, email, "Confirmez votre alerte")
                .getContent()
                .toString();
        String token = confirmation.replaceAll("(?s).*/offres/alertes/([A-Za-z0-9_-]+)/confirmer.*", "$1");
        assertThat(confirmation).contains("département 26");

        // Nothing goes out before the address is confirmed.
        UUID before = published("Épicerie de village " + tag);
        assertThat(alerts.run(java.time.OffsetDateTime.now().plusDays(2))).isZero();

        mvc.perform(get("/offres/alertes/" + token + "/confirmer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/offres/alertes/" + token + "/confirmer").with(csrf()))
                .andExpect(content().string(containsString("Alerte confirmée")));
        UUID after = published("Fournil de hameau " + tag);
        jdbc.sql("update offer set published_at = now() + interval '1 minute' where id = :id")
                .param("id", after)
                .update();

        assertThat(alerts.run(java.time.OffsetDateTime.now().plusDays(1).plusHours(1)))
                .isEqualTo(1);
        jakarta.mail.internet.MimeMessage digestMail = Mails.awaitMail(greenMail, email, "pour votre recherche");
        String digest = digestMail.getContent().toString();
        assertThat(digest)
                .contains(
                        "Fournil de hameau " + tag, "/offres/" + after, "/offres/alertes/" + token + "/desinscription")
                .doesNotContain("Épicerie de village " + tag);
        assertThat(before).isNotNull();
        // Mail providers show an unsubscribe button that POSTs to the same address (RFC 8058).
        assertThat(digestMail.getHeader("List-Unsubscribe"))
                .containsExactly("<" + site.url() + "/offres/alertes/" + token + "/desinscription>");
        assertThat(digestMail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(digestMail.getMessageID())
                .matches("<[0-9a-f-]{36}@"
                        + java.util.regex.Pattern.quote(
                                java.net.URI.create(site.url()).getHost()) + ">");

        // Following the link, as a mail scanner does, only asks: the alert goes on until the person clicks.
        mvc.perform(get("/offres/alertes/" + token + "/desinscription"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Arrêter l’alerte ?"),
                                containsString(email),
                                containsString("Oui, arrêter l’alerte"),
                                not(containsString("Alerte arrêtée")))));
        assertThat(alerts.alert(token).orElseThrow().active()).isTrue();
        mvc.perform(post("/offres/alertes/" + token + "/desinscription").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alerte arrêtée")));
        assertThat(alerts.alert(token).orElseThrow().active()).isFalse();
        published("Encore une offre " + tag);
        assertThat(alerts.run(java.time.OffsetDateTime.now().plusDays(3))).isZero();
        mvc.perform(get("/offres/alertes/inconnu/desinscription")).andExpect(status().isNotFound());
    }

    @Test
    void aMailProvidersOneClickPostStopsTheAlertAndAForgedTokenFindsNothing() throws Exception {
        String email = Sessions.uniqueEmail("un-clic");
        alerts.subscribe(email, OfferSearchParams.fromQueryString("kind=besoin_identifie"), AlertFrequency.WEEKLY);
        jakarta.mail.internet.MimeMessage confirmation = Mails.awaitMail(greenMail, email, "Confirmez votre alerte");
        String token = jdbc.sql("select token from offer_alert where email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        assertThat(alerts.confirm(token)).isTrue();
        assertThat(confirmation.getHeader("List-Unsubscribe"))
                .containsExactly("<" + site.url() + "/offres/alertes/" + token + "/desinscription>");
        assertThat(confirmation.getMessageID())
                .endsWith("@" + java.net.URI.create(site.url()).getHost() + ">");

        // The provider's POST carries no session and no CSRF token, only RFC 8058's body.
        mvc.perform(post("/offres/alertes/" + token + "/desinscription")
                        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(alerts.alert(token).orElseThrow().active()).isFalse();
        // Once stopped, the link says so and asks nothing.
        mvc.perform(get("/offres/alertes/" + token + "/desinscription"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Cette alerte a été arrêtée"),
                                not(containsString("Oui, arrêter l’alerte")))));

        // The French page itself is the browser test's (OfferBrowserTests): MockMvc renders no error page.
        for (String forged : java.util.List.of(token + "x", "inconnu")) {
            mvc.perform(post("/offres/alertes/" + forged + "/desinscription")
                            .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                            .content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/offres/alertes/" + forged + "/desinscription")).andExpect(status().isNotFound());
        }
    }

    @Test
    void aDueDigestGoesOnceWhenTwoInstancesRunTheHourlyJobTogether() throws Exception {
        String email = Sessions.uniqueEmail("alerte");
        alerts.subscribe(
                email, OfferSearchParams.fromQueryString("kind=besoin_identifie&departement=26"), AlertFrequency.DAILY);
        String token = jdbc.sql("select token from offer_alert where email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        assertThat(alerts.confirm(token)).isTrue();
        jdbc.sql("update offer_alert set last_run_at = now() - interval '25 hours' where token = :token")
                .param("token", token)
                .update();
        UUID offer = published("Fournil du bourg " + tag);

        ScheduledJobs.runTwiceAtOnce(context, OfferAlerts.class, "everyHour");
        assertThat(Mails.count(greenMail, email, "pour votre recherche")).isEqualTo(1);
        assertThat(Mails.awaitMail(greenMail, email, "pour votre recherche")
                        .getContent()
                        .toString())
                .contains(
                        "Fournil du bourg " + tag, "/offres/" + offer, "/offres/alertes/" + token + "/desinscription");
    }

    @Test
    void theWidgetIsFramedOnlyByTheSitesItsTerritoryDeclared() throws Exception {
        UUID diois = organisation(DIOIS);
        mvc.perform(post("/offres/mes-offres/widget")
                        .cookie(agent)
                        .with(csrf())
                        .param("organisation", diois.toString())
                        .param("origins", "www.paysdiois.example\nhttps://tourisme.paysdiois.example/page?x=1")
                        .param("kind", "besoin_identifie"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/offres/mes-offres/widget")
                        .cookie(otherAgent)
                        .with(csrf())
                        .param("organisation", diois.toString())
                        .param("origins", "https://pirate.example"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/offres/widget/" + diois))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(
                        header().string(
                                        "Content-Security-Policy",
                                        containsString(
                                                "frame-ancestors 'self' https://www.paysdiois.example https://tourisme.paysdiois.example")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le village a besoin d’un boulanger"),
                                not(containsString("Terres à reprendre")))));
        mvc.perform(get("/offres/widget/" + organisation("CCI de la Drôme"))).andExpect(status().isNotFound());
        assertThat(widgets.widget(diois).orElseThrow().allowedOrigins()).hasSize(2);
    }
}
