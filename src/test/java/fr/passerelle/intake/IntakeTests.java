package fr.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The intake from the outside: a person goes through the five steps (wrong answers first), the request reaches the
 * welcome desk of the Diois, the person gets their link and opens their space; the desk reads and takes the
 * request, another structure cannot, and each read is in the access log.
 */
@PlatformTest
class IntakeTests {

    private static final String DIOIS = "Communauté de communes du Diois";
    private static final Pattern LINK = Pattern.compile("(http\\S+/connexion/lien/valider\\?token=\\S+)");

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    String email;

    @BeforeEach
    void person() {
        email = Sessions.uniqueEmail("porteuse");
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private Cookie member(Role role, UUID organisation) throws Exception {
        String address = Sessions.uniqueEmail("accueil");
        if (organisation == null) {
            Sessions.user(accounts, address, role);
        } else {
            Sessions.user(accounts, address, role, organisation);
        }
        return Sessions.signIn(mvc, address);
    }

    /** Every answer of a complete intake; {@code changes} replace answers, name and value in turn. */
    private Map<String, List<String>> answers(String... changes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("person.holderKind", List.of("COLLECTIVE"));
        fields.put("person.name", List.of("Atelier vélo du Diois"));
        fields.put("person.email", List.of(email));
        fields.put("person.members", List.of("Léa, Karim et Jo"));
        fields.put("person.currentCommuneLabel", List.of("Lyon"));
        fields.put("project.title", List.of("Un atelier de réparation de vélos participatif"));
        fields.put("project.kind", List.of("INITIATIVE_CITOYENNE"));
        fields.put("project.stage", List.of("IDEE"));
        fields.put("project.ess", List.of("true"));
        fields.put("needs.project", List.of("ACCOMPAGNEMENT", "LIEU"));
        fields.put("where.target1", List.of("26113"));
        fields.put("where.scope", List.of("EPCI"));
        fields.put("consents.shareWithStructures", List.of("true"));
        fields.put("consents.territoryContact", List.of("true"));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], List.of(changes[i + 1]));
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder step(
            String path, int step, String go, Map<String, List<String>> fields) {
        MockHttpServletRequestBuilder request =
                post(path).with(csrf()).param("step", String.valueOf(step)).param("go", go);
        fields.forEach((field, values) -> request.param(field, values.toArray(String[]::new)));
        return request;
    }

    private String submit(Map<String, List<String>> fields) throws Exception {
        MvcResult done = mvc.perform(step("/accueil", 5, "submit", fields))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        if (!"/accueil/merci".equals(done.getResponse().getRedirectedUrl())) {
            return URLDecoder.decode(done.getResponse().getRedirectedUrl(), StandardCharsets.UTF_8);
        }
        // The thanks page's reference and desk travel in the flash, not in the address.
        Object desk = done.getFlashMap().get("desk");
        return "reference=" + done.getFlashMap().get("reference") + (desk == null ? "" : "&desk=" + desk);
    }

    private static String recipients(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getAllRecipients());
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private UUID requestOf(String reference) {
        return jdbc.sql("select id from intake_request where reference = :reference")
                .param("reference", reference)
                .query(UUID.class)
                .single();
    }

    @Test
    void eachStepSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(get("/accueil"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("Être accueilli·e"), containsString("Étape 1 sur 5"))));
        mvc.perform(step("/accueil", 1, "next", answers("person.name", "", "person.email", "pas-une-adresse")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 1 sur 5"),
                                containsString("Indiquez votre nom, ou celui du collectif."),
                                containsString("Cette adresse e-mail n’est pas valide"),
                                containsString("value=\"pas-une-adresse\""),
                                containsString("Karim et Jo"))));
        mvc.perform(step("/accueil", 1, "next", answers()))
                .andExpect(content()
                        .string(allOf(containsString("Étape 2 sur 5"), containsString("value=\"Lyon (69)\""))));
        mvc.perform(step("/accueil", 3, "next", answers("needs.project", "")))
                .andExpect(content()
                        .string(allOf(containsString("Étape 3 sur 5"), containsString("Cochez au moins un besoin."))));
        mvc.perform(step("/accueil", 4, "next", answers("where.target1", "", "where.target1Label", "Xqzkwvbnj")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Étape 4 sur 5"), containsString("Cette commune est introuvable"))));
        mvc.perform(step("/accueil", 4, "back", answers()))
                .andExpect(content().string(containsString("Étape 3 sur 5")));
        // A final submission that skipped a step goes back to the first step with a problem.
        mvc.perform(step("/accueil", 5, "submit", answers("project.stage", "")))
                .andExpect(content()
                        .string(allOf(containsString("Étape 2 sur 5"), containsString("Dites-nous où vous en êtes"))));
    }

    @Test
    void aRequestFromTheDioisGoesToItsDeskAndThePersonOpensTheirSpaceFromTheMail() throws Exception {
        MvcResult done = mvc.perform(step("/accueil", 5, "submit", answers())).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/accueil/merci");
        String reference = (String) done.getFlashMap().get("reference");
        assertThat(reference).startsWith("ACC-");
        assertThat(done.getFlashMap().get("desk")).isEqualTo(DIOIS);
        mvc.perform(get("/accueil/merci").cookie(done.getResponse().getCookie("PASSERELLE_SESSION")))
                .andExpect(content().string(allOf(containsString(reference), containsString(DIOIS))));
        // A link cannot make the page say what the server did not (it was a phishing tool).
        mvc.perform(get("/accueil/merci").param("reference", "ACC-PIEGE").param("desk", "Appelez le 0899 00 00 00"))
                .andExpect(content().string(not(containsString("0899"))))
                .andExpect(content().string(not(containsString("ACC-PIEGE"))));

        assertThat(jdbc.sql(
                                """
                        select r.desk_organisation_id from intake_request r where r.reference = :reference
                        """)
                        .param("reference", reference)
                        .query(UUID.class)
                        .single())
                .isEqualTo(organisation(DIOIS));
        assertThat(jdbc.sql(
                                """
                        select count(*) from holder_consent c join project_holder h on h.id = c.holder_id
                        where h.email = :email and c.given and c.wording like 'J’accepte%'
                        """)
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        MimeMessage confirmation = Mails.awaitMail(greenMail, email);
        assertThat(confirmation.getSubject()).isEqualTo("Votre demande d’accueil " + reference);
        String body = confirmation.getContent().toString();
        assertThat(body).contains("Atelier vélo du Diois", DIOIS);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String token = URLDecoder.decode(link.group(1).replaceAll(".*token=", ""), StandardCharsets.UTF_8);
        MvcResult signedIn = mvc.perform(
                        post("/connexion/lien/valider").param("token", token).with(csrf()))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/espace");
        Cookie session = signedIn.getResponse().getCookie("PASSERELLE_SESSION");
        mvc.perform(get("/espace").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Un atelier de réparation de vélos participatif"),
                                containsString(reference),
                                containsString("transmise à l’accueil\u00a0: " + DIOIS),
                                containsString("En attente de prise en charge"),
                                containsString("Mes pistes"),
                                containsString("Votre premier interlocuteur"))));
        UUID project = jdbc.sql("select p.id from project p join project_holder h on h.id = p.holder_id"
                        + " where h.email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.welcomeDesk.name").value(DIOIS))
                .andExpect(jsonPath("$.groups[0].need").value("ACCOMPAGNEMENT"))
                .andExpect(jsonPath("$.groups[0].picks[0].reasons[0]").isString());
    }

    @Test
    void aProjectsOrientationIsReadOnlyByThoseWhoMaySeeTheProject() throws Exception {
        submit(answers());
        UUID project = jdbc.sql("select p.id from project p join project_holder h on h.id = p.holder_id"
                        + " where h.email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
        Cookie desk = member(Role.TERRITORY_AGENT, organisation(DIOIS));
        Cookie otherAdvisor = member(Role.ADVISOR, organisation("CCI de la Drôme"));
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(desk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.welcomeDesk.reasons[0]")
                        .value(org.hamcrest.Matchers.startsWith("Accueil de proximité")));
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(otherAdvisor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + UUID.randomUUID() + "/orientation")
                        .cookie(desk))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + project + "/orientation")).andExpect(status().isNotFound());

        // Territory agents read projects aimed at their territory, when the person agreed to be contacted.
        Cookie drome = member(Role.TERRITORY_AGENT, organisation("Département de la Drôme"));
        Cookie pilat = member(Role.TERRITORY_AGENT, organisation("Parc naturel régional du Pilat"));
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(drome))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(pilat))
                .andExpect(status().isNotFound());
        email = Sessions.uniqueEmail("discrete");
        submit(answers("consents.territoryContact", "false"));
        UUID discreet = jdbc.sql("select p.id from project p join project_holder h on h.id = p.holder_id"
                        + " where h.email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
        mvc.perform(get("/api/v1/projects/" + discreet + "/orientation").cookie(drome))
                .andExpect(status().isNotFound());

        // Their list of the projects aimed at their territory holds the same ones, and only for territory agents.
        String link = "/parcours/projets/" + project;
        mvc.perform(get("/accueil/territoire").cookie(drome))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                containsString("Projets qui visent notre territoire"),
                                containsString(link),
                                not(containsString("/parcours/projets/" + discreet)))));
        mvc.perform(get("/accueil/territoire").cookie(pilat))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(link))));
        mvc.perform(get("/accueil/territoire").cookie(otherAdvisor)).andExpect(status().isForbidden());
    }

    @Test
    void theDeskReadsAndTakesTheRequestAnotherStructureCannotAndEveryReadIsLogged() throws Exception {
        String reference = submit(answers()).replaceAll(".*reference=([^&]+).*", "$1");
        UUID request = requestOf(reference);
        Cookie desk = member(Role.TERRITORY_AGENT, organisation(DIOIS));
        Cookie otherAdvisor = member(Role.ADVISOR, organisation("CCI de la Drôme"));
        Cookie coordinator = member(Role.COORDINATOR, null);

        mvc.perform(get("/accueil/demandes").cookie(desk)).andExpect(content().string(containsString(reference)));
        mvc.perform(get("/accueil/demandes").cookie(otherAdvisor))
                .andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/accueil/demandes/" + request).cookie(otherAdvisor)).andExpect(status().isNotFound());
        mvc.perform(post("/accueil/demandes/" + request + "/prendre")
                        .cookie(otherAdvisor)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accueil/demandes/" + UUID.randomUUID()).cookie(desk)).andExpect(status().isNotFound());
        mvc.perform(get("/accueil/demandes/" + request)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/accueil/demandes/" + request).cookie(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(email), containsString("Je prends cette demande"))));
        mvc.perform(post("/accueil/demandes/" + request + "/prendre")
                        .cookie(desk)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/accueil/demandes/" + request + "/note")
                        .cookie(desk)
                        .with(csrf())
                        .param("note", "Premier échange\u00a0: cherchent un local à Die, rendez-vous avec la mairie."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/accueil/demandes/" + request + "/prendre")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/accueil/demandes/" + request).cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("Prise en charge par"), containsString("cherchent un local à Die"))));

        List<String> readers = jdbc.sql(
                        """
                        select a.user_name from personal_data_access a join project_holder h on h.id = a.holder_id
                        where h.email = :email order by a.read_at
                        """)
                .param("email", email)
                .query(String.class)
                .list();
        assertThat(readers).hasSize(2).doesNotContain("Accueil");
        mvc.perform(get("/accueil/journal").cookie(coordinator))
                .andExpect(content().string(containsString("Demande " + reference)));
        mvc.perform(get("/accueil/journal").cookie(desk)).andExpect(status().isForbidden());
    }

    @Test
    void whereNoDeskNorNetworkCoversThePlaceTheNationalLevelGetsTheRequest() throws Exception {
        // Brest: no desk covers it, and no network's régions hold it (Cap Rural's is Auvergne-Rhône-Alpes).
        String thanks = submit(answers("where.target1", "29019", "where.scope", "COMMUNES"));
        assertThat(thanks).doesNotContain("desk=");
        String reference = thanks.replaceAll(".*reference=([^&]+).*", "$1");
        assertThat(jdbc.sql("select desk_organisation_id is null from intake_request where reference = :r")
                        .param("r", reference)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        Cookie national = member(Role.ADMINISTRATOR, null);
        mvc.perform(get("/accueil/demandes").cookie(national))
                .andExpect(content().string(containsString(reference)));
        Cookie coordinator = member(Role.COORDINATOR, null);
        mvc.perform(get("/accueil/demandes").cookie(coordinator))
                .andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void aCoordinatorMakesAStructureTheDeskOfItsDepartement() throws Exception {
        UUID cci = organisation("CCI de la Drôme");
        Cookie advisor = member(Role.ADVISOR, cci);
        mvc.perform(post("/annuaire/structures/" + cci + "/accueil")
                        .cookie(advisor)
                        .with(csrf())
                        .param("level", "departement"))
                .andExpect(status().isForbidden());
        Cookie coordinator = member(Role.COORDINATOR, null);
        mvc.perform(get("/annuaire/structures/" + cci).cookie(coordinator))
                .andExpect(content().string(containsString("Pas un accueil de proximité")));
        mvc.perform(post("/annuaire/structures/" + cci + "/accueil")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("level", "departement"))
                .andExpect(status().is3xxRedirection());
        try {
            // Valence is in the Drôme but not in the Diois: the département's desk welcomes it; Die keeps its own.
            assertThat(submit(answers("where.target1", "26362", "where.scope", "COMMUNES")))
                    .contains("desk=CCI de la Drôme");
            assertThat(submit(answers())).contains("desk=" + DIOIS);
            mvc.perform(get("/annuaire/structures/" + cci))
                    .andExpect(content()
                            .string(containsString("Accueil de proximité des porteurs de projet pour\u00a0: Drôme.")));
        } finally {
            mvc.perform(post("/annuaire/structures/" + cci + "/accueil")
                    .cookie(coordinator)
                    .with(csrf())
                    .param("level", ""));
        }
    }

    @Test
    void aDeskAgentEntersARequestForSomeoneMetAtTheDesk() throws Exception {
        mvc.perform(get("/accueil/saisie")).andExpect(status().is3xxRedirection());
        Cookie desk = member(Role.TERRITORY_AGENT, organisation(DIOIS));
        mvc.perform(get("/accueil/saisie").cookie(desk))
                .andExpect(content().string(containsString("Saisir une demande d’accueil")));
        Map<String, List<String>> fields =
                answers("channel", "DESK", "person.holderKind", "PERSON", "person.name", "Martine Roux");
        mvc.perform(step("/accueil/saisie", 5, "submit", fields).cookie(desk)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                """
                        select r.channel from intake_request r join project p on p.id = r.project_id
                        join project_holder h on h.id = p.holder_id where h.email = :email and r.entered_by is not null
                        """)
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("desk");
    }
}
