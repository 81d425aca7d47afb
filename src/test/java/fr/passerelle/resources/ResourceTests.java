package fr.passerelle.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.resources.internal.ResourceFilesFromDisk;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.resources.internal.ResourcesDemoData;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.SecondInstance;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The library from the outside: a word found only inside an uploaded PDF finds it (accents ignored); wrong files
 * are refused in French and nothing is kept; members-only resources stay hidden from visitors and the API without a
 * token; downloads are counted.
 */
@PlatformTest
class ResourceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ResourceFilesFromDisk fromDisk;

    @Value("${passerelle.data-dir}")
    Path dataDir;

    private MockMultipartHttpServletRequestBuilder upload(Cookie who, MockMultipartFile file, String title) {
        MockMultipartHttpServletRequestBuilder request = multipart("/ressources/nouvelle");
        if (file != null) {
            request.file(file);
        }
        request.cookie(who).with(csrf());
        request.param("title", title)
                .param("kind", "guide")
                .param("summary", "Un guide pour accueillir de nouveaux actifs.")
                .param("keywords", "accueil, actifs")
                .param("themes", "Accueil d’actifs")
                .param("organisation", "Cap Rural")
                .param("publishedOn", "2026-11-02");
        return request;
    }

    /** Publishes a resource with that file through the form; its id. */
    private UUID published(Cookie who, MockMultipartFile file, String title) throws Exception {
        String location = mvc.perform(upload(who, file, title))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/ressources/", ""));
    }

    @Test
    void aWordInsideAnUploadedPdfFindsItAndWrongFilesAreRefused() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String title = "Guide de l’accueil " + UUID.randomUUID().toString().substring(0, 6);
        long before =
                jdbc.sql("select count(*) from resource").query(Long.class).single();

        mvc.perform(upload(
                        coordinator,
                        new MockMultipartFile("file", "virus.exe", "application/octet-stream", new byte[] {1, 2}),
                        title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les fichiers PDF et bureautiques")));
        mvc.perform(upload(
                        coordinator,
                        new MockMultipartFile(
                                "file", "faux.pdf", "application/pdf", "bonjour".getBytes(StandardCharsets.UTF_8)),
                        title))
                .andExpect(
                        content().string(containsString("Le contenu du fichier ne correspond pas à son extension.")));
        mvc.perform(upload(coordinator, null, "Gu"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le titre compte de 3 à 200 caractères."),
                                containsString("Joignez un fichier ou donnez un lien."),
                                containsString("value=\"accueil, actifs\""))));
        assertThat(jdbc.sql("select count(*) from resource").query(Long.class).single())
                .isEqualTo(before);

        byte[] pdf = ResourcesDemoData.pdf(
                "Accueillir de nouveaux actifs",
                "Une méthode éprouvée : la tournée des maquignonneries avec les élus, puis un café d’accueil.");
        UUID id = published(
                coordinator, new MockMultipartFile("file", "guide-accueil.pdf", "application/pdf", pdf), title);

        // The word is only inside the PDF; the search ignores accents and the plural.
        mvc.perform(get("/ressources").param("q", "maquignonnerie"))
                .andExpect(content().string(allOf(containsString(title), containsString("«maquignonneries»"))));
        // ResourcesModuleTests uploads a guide with the same word into the run's database: this one is looked for by
        // its title among the hits.
        String hit = "$.items[?(@.title == '" + title + "')]";
        mvc.perform(get("/api/v1/resources").param("q", "MAQUIGNONNERIES"))
                .andExpect(jsonPath(hit + ".kind").value("guide"));
        mvc.perform(get("/ressources").param("q", "photolangage"))
                .andExpect(content().string(containsString("Faire émerger des porteurs de projets")));
        mvc.perform(get("/ressources").param("q", "emergence").param("kind", "outil"))
                .andExpect(content().string(containsString("Faire émerger des porteurs de projets")));
        mvc.perform(get("/api/v1/resources").param("kind", "roman")).andExpect(status().isBadRequest());
        // A hyphenated word is found as its parts, without a phrase to check; a leading hyphen still excludes.
        mvc.perform(get("/ressources").param("q", "tiers-lieux"))
                .andExpect(content().string(containsString("ESS &amp; Ruralités")));
        assertThat(Resources.words("tiers-lieux -garages Saint-Étienne"))
                .isEqualTo("tiers lieux -garages Saint Étienne");

        mvc.perform(get("/ressources/" + id + "/fichier"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("guide-accueil.pdf")));
        mvc.perform(get("/ressources/" + id + "/fichier")).andExpect(status().isOk());
        assertThat(jdbc.sql("select downloads from resource where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/ressources/" + id))
                .andExpect(content().string(containsString("Téléchargée ou ouverte 2 fois")));
    }

    @Test
    void membersOnlyResourcesStayWithTheNetworksMembers() throws Exception {
        String reserved = "Relevé de la première réunion du groupe de travail";
        UUID id = jdbc.sql("select id from resource where title = :t")
                .param("t", reserved)
                .query(UUID.class)
                .single();
        mvc.perform(get("/ressources").param("q", "réunion"))
                .andExpect(content().string(not(containsString(reserved))));
        mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/ressources/" + id + "/fichier")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/resources").param("q", "réunion"))
                .andExpect(content().string(not(containsString(reserved))));
        mvc.perform(get("/groupes/entrepreneuriat-collectif-collectivites"))
                .andExpect(content().string(not(containsString(reserved))));

        // The library's reserved documents are every professional's; a working group's are its members' only
        // (GroupDocumentsAccessTests).
        String forProfessionals =
                "Réunion des chargés de mission " + UUID.randomUUID().toString().substring(0, 6);
        byte[] pdf = ResourcesDemoData.pdf(forProfessionals, "Pour les professionnels du réseau.");
        UUID reservedToProfessionals = published(
                Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null),
                new MockMultipartFile("file", "reunion.pdf", "application/pdf", pdf),
                forProfessionals);
        jdbc.sql("update resource set visibility = 'membres' where id = :id")
                .param("id", reservedToProfessionals)
                .update();
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get("/ressources").param("q", "réunion").cookie(advisor))
                .andExpect(content().string(allOf(containsString(forProfessionals), not(containsString(reserved)))));
        mvc.perform(get("/ressources").param("q", "réunion"))
                .andExpect(content().string(not(containsString(forProfessionals))));
        mvc.perform(get("/groupes/entrepreneuriat-collectif-collectivites").cookie(advisor))
                .andExpect(content().string(not(containsString(reserved))));
        String token = (String)
                mvc.perform(post("/compte/jetons").cookie(advisor).with(csrf()).param("name", "Site"))
                        .andReturn()
                        .getFlashMap()
                        .get("created");
        mvc.perform(get("/api/v1/resources").param("q", "réunion").header("Authorization", "Bearer " + token))
                .andExpect(content().string(allOf(containsString(forProfessionals), not(containsString(reserved)))));
        mvc.perform(get("/ressources/nouvelle").cookie(advisor)).andExpect(status().isForbidden());
    }

    @Test
    void coordinatorsEditAResourceReplaceItsFileAndWithdrawIt() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String title = "Fiche à revoir " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = published(
                coordinator,
                new MockMultipartFile(
                        "file",
                        "premiere.pdf",
                        "application/pdf",
                        ResourcesDemoData.pdf("Première version", "On y parle de chaudronnerie.")),
                title);
        UUID event = jdbc.sql(
                        "select id from event where title like 'Vivre et travailler à la campagne%' order by starts_at desc"
                                + " limit 1")
                .query(UUID.class)
                .single();

        // The form comes back filled in; a wrong link and an unreadable date are said, nothing changes.
        mvc.perform(get("/ressources/" + id + "/modifier").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                // A bound field writes its value with HTML entities (à is &agrave;).
                                containsString("value=\"" + HtmlUtils.htmlEscape(title) + "\""),
                                containsString("value=\"accueil, actifs\""),
                                containsString("Fichier actuel\u00a0: premiere.pdf"))));
        mvc.perform(edit(coordinator, id, null, title + " (v2)", "31/02/2026").param("link", "ftp://ailleurs"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le lien commence par http:// ou https://."),
                                containsString("Date illisible"))));
        assertThat(jdbc.sql("select title from resource where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(title);

        // Without a file nor a link, the file stays; the two events and the group it comes from are chosen.
        UUID other = jdbc.sql("select id from event where title like 'Stand commun des territoires%' limit 1")
                .query(UUID.class)
                .single();
        UUID group = jdbc.sql("select id from working_group where slug = 'entrepreneuriat-collectif-collectivites'")
                .query(UUID.class)
                .single();
        mvc.perform(edit(coordinator, id, null, title + " (v2)").param("eventIds", "pas-un-evenement"))
                .andExpect(content().string(containsString("Cet événement n’est pas dans l’agenda.")));
        mvc.perform(edit(coordinator, id, null, title + " (v2)")
                        .param("eventIds", event.toString(), other.toString())
                        .param("groupIds", group.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ressources/" + id))
                .andExpect(content()
                        .string(allOf(
                                containsString(title + " (v2)"),
                                containsString("premiere.pdf"),
                                containsString("/agenda/" + event),
                                containsString("/agenda/" + other),
                                containsString("/groupes/entrepreneuriat-collectif-collectivites"))));
        mvc.perform(get("/agenda/" + other)).andExpect(content().string(containsString("/ressources/" + id)));
        mvc.perform(get("/groupes/entrepreneuriat-collectif-collectivites"))
                .andExpect(content().string(containsString(title + " (v2)")));
        mvc.perform(get("/ressources").param("q", "chaudronnerie"))
                .andExpect(content().string(containsString(title + " (v2)")));
        // The event's page lists the documents that come from it; visitors see the public ones.
        mvc.perform(get("/agenda/" + event))
                .andExpect(content()
                        .string(allOf(
                                containsString("Documents de l’événement"),
                                containsString("href=\"/ressources/" + id + "\""))));

        // A new file replaces the old one: its words are found, the old ones no more, the old file is gone.
        byte[] second = ResourcesDemoData.pdf("Seconde version", longText("ferronnerie"));
        mvc.perform(edit(
                        coordinator,
                        id,
                        new MockMultipartFile("file", "seconde.pdf", "application/pdf", second),
                        title + " (v3)"))
                .andExpect(status().is3xxRedirection());
        // The word is on the document's last page: the passage shown is the one around it.
        mvc.perform(get("/ressources").param("q", "ferronnerie"))
                .andExpect(content().string(allOf(containsString(title + " (v3)"), containsString("«ferronnerie»"))));
        mvc.perform(get("/ressources").param("q", "chaudronnerie"))
                .andExpect(content().string(not(containsString(title))));
        assertThat(storedFiles(id)).containsExactly(second);

        // Only coordinators edit and withdraw.
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get("/ressources/" + id + "/modifier").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(post("/ressources/" + id + "/retirer")
                        .cookie(advisor)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isForbidden());

        // Withdrawing asks to tick the box first; then the resource and its file are gone.
        mvc.perform(post("/ressources/" + id + "/retirer").cookie(coordinator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cochez la case pour confirmer le retrait.")));
        mvc.perform(get("/ressources/" + id)).andExpect(status().isOk());
        mvc.perform(post("/ressources/" + id + "/retirer")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "resource.withdrawn"))
                .andExpect(flash().attribute("noticeArguments", new Object[] {title + " (v3)"}));
        mvc.perform(get("/ressources/" + id)).andExpect(status().isNotFound());
        assertThat(storedFiles(id)).isEmpty();
    }

    @Test
    void aFileUploadedThroughOneInstanceIsServedByAnotherUntilALinkReplacesIt() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        byte[] pdf = ResourcesDemoData.pdf("Une fiche partagée", "Chaque instance la sert.");
        String title = "Fiche partagée " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = published(coordinator, new MockMultipartFile("file", "partagee.pdf", "application/pdf", pdf), title);

        HttpResponse<byte[]> elsewhere = SecondInstance.get(dataSource, "/ressources/" + id + "/fichier");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(elsewhere.body()).isEqualTo(pdf);

        mvc.perform(edit(coordinator, id, null, title).param("link", "https://exemple.fr/fiche-partagee"))
                .andExpect(status().is3xxRedirection());
        assertThat(SecondInstance.get(dataSource, "/ressources/" + id + "/fichier")
                        .statusCode())
                .isEqualTo(404);
        assertThat(storedFiles(id)).isEmpty();
    }

    @Test
    void aFileLeftUnderTheDataFolderByAnEarlierVersionIsMovedIntoTheDatabaseOnce() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        byte[] pdf = ResourcesDemoData.pdf("Une fiche d’avant", "Gardée sur le disque.");
        String title = "Fiche d’avant " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = published(coordinator, new MockMultipartFile("file", "avant.pdf", "application/pdf", pdf), title);
        // As an earlier version left it: the file on the disk under the row's key, none in the database.
        Path file = dataDir.resolve("resources").resolve(id + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        jdbc.sql("delete from resource_file where resource_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update resource set file_key = :key where id = :id")
                .param("key", file.getFileName().toString())
                .param("id", id)
                .update();
        mvc.perform(get("/ressources/" + id + "/fichier")).andExpect(status().isNotFound());

        assertThat(fromDisk.move()).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(storedFiles(id)).containsExactly(pdf);
        mvc.perform(get("/ressources/" + id + "/fichier"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
        assertThat(fromDisk.move()).isZero();
        assertThat(jdbc.sql("select count(*) from resource where file_key is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The bytes kept for the resource's file: one file at most. */
    private List<byte[]> storedFiles(UUID id) {
        return jdbc.sql("select content from resource_file where resource_id = :id")
                .param("id", id)
                .query(byte[].class)
                .list();
    }

    /** Pages of text about something else, then a sentence with the word. */
    private static String[] longText(String word) {
        String[] paragraphs = new String[61];
        for (int i = 0; i < 60; i++) {
            paragraphs[i] =
                    ("Les territoires ruraux accueillent des porteurs de projet et leurs familles, avec les élus, "
                                    + "les agents de développement et les structures d’accompagnement. ")
                            .repeat(4);
        }
        paragraphs[60] = "Pour finir, une visite de l’atelier de " + word + " du village.";
        return paragraphs;
    }

    private MockMultipartHttpServletRequestBuilder edit(Cookie who, UUID id, MockMultipartFile file, String title) {
        return edit(who, id, file, title, "2026-11-03");
    }

    private MockMultipartHttpServletRequestBuilder edit(
            Cookie who, UUID id, MockMultipartFile file, String title, String date) {
        MockMultipartHttpServletRequestBuilder request = multipart("/ressources/" + id + "/modifier");
        if (file != null) {
            request.file(file);
        }
        request.cookie(who).with(csrf());
        request.param("title", title)
                .param("kind", "fiche")
                .param("summary", "Une fiche revue.")
                .param("keywords", "accueil, actifs")
                .param("publishedOn", date);
        return request;
    }
}
