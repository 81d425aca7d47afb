package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every public endpoint that sends e-mail or writes rows, flooded: past 3 requests from one client address, or 2 for
 * one e-mail address from any number of addresses, nothing more is sent or written.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", Mails.SMTP_PORT, "passerelle.demo-data=true"})
@TestPropertySource(locations = "classpath:public-limits.properties")
@AutoConfigureMockMvc
class PublicLimitsTests {

    private static final int PER_ADDRESS = 3;
    private static final int PER_EMAIL = 2;
    private static final int FLOOD = 10;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

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

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** How many mails that address got about that subject, once the platform has handled what it published. */
    private long received(String email, String subject) throws Exception {
        return Mails.countWhenHandled(context, greenMail, email, subject);
    }

    private MockHttpServletRequestBuilder magicLink(String email) {
        return post("/connexion/lien").param("username", email).with(csrf());
    }

    @Test
    void magicLinksToOnePersonStopAtTheLimitWhateverTheAddressAndTheAnswerStaysTheSame() throws Exception {
        String holder = Sessions.uniqueEmail("porteur");
        Sessions.user(accounts, holder, Role.PROJECT_HOLDER);
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(magicLink(holder).with(from(address()))).andExpect(redirectedUrl("/connexion/lien/envoye"));
        }
        assertThat(received(holder, "Votre lien de connexion")).isEqualTo(PER_EMAIL);
    }

    @Test
    void magicLinksFromOneAddressStopAtTheLimit() throws Exception {
        String address = address();
        List<String> holders = holders(FLOOD);
        for (String holder : holders) {
            mvc.perform(magicLink(holder).with(from(address))).andExpect(redirectedUrl("/connexion/lien/envoye"));
        }
        assertThat(receivedByAll(holders, "Votre lien de connexion")).isEqualTo(PER_ADDRESS);
    }

    /** A forwarded-for header is the client's word: it must not make one address look like many. */
    @Test
    void aForgedForwardedForHeaderDoesNotDodgeTheAddressLimit() throws Exception {
        String address = address();
        List<String> holders = holders(FLOOD);
        for (String holder : holders) {
            mvc.perform(magicLink(holder).with(from(address)).header("X-Forwarded-For", address()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(receivedByAll(holders, "Votre lien de connexion")).isEqualTo(PER_ADDRESS);
    }

    @Test
    void concurrentMagicLinkRequestsForOnePersonSendNoMoreThanTheLimit() throws Exception {
        String holder = Sessions.uniqueEmail("rafale");
        Sessions.user(accounts, holder, Role.PROJECT_HOLDER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 16; i++) {
            String address = address();
            pool.submit(() -> mvc.perform(magicLink(holder).with(from(address))));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(received(holder, "Votre lien de connexion")).isEqualTo(PER_EMAIL);
    }

    @Test
    void passwordResetsToOnePersonStopAtTheLimitAndTheAnswerStaysTheSame() throws Exception {
        String advisor = Sessions.uniqueEmail("conseil");
        Sessions.user(accounts, advisor, Role.ADVISOR);
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(post("/mot-de-passe/oublie")
                            .param("email", advisor)
                            .with(csrf())
                            .with(from(address())))
                    .andExpect(content().string(containsString("un lien vient de lui être envoyé")));
        }
        assertThat(received(advisor, "Choisir un nouveau mot de passe")).isEqualTo(PER_EMAIL);
    }

    @Test
    void offerAlertsToOnePersonStopAtTheLimitWithAMessageThatKeepsTheAddress() throws Exception {
        String email = Sessions.uniqueEmail("alerte");
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(post("/offres/alertes")
                    .param("email", email)
                    .param("frequency", "daily")
                    .param("search", "departement=" + (10 + i))
                    .with(csrf())
                    .with(from(address())));
        }
        mvc.perform(post("/offres/alertes")
                        .param("email", email)
                        .param("frequency", "daily")
                        .with(csrf())
                        .with(from(address())))
                .andExpect(flash().attribute("alertError", "limits.throttled"))
                .andExpect(flash().attribute("alertEmail", email));
        assertThat(received(email, "Confirmez votre alerte")).isEqualTo(PER_EMAIL);
        assertThat(rows("select count(*) from offer_alert where email = :email", email))
                .isEqualTo(PER_EMAIL);
    }

    @Test
    void intakesForOnePersonStopAtTheLimitAndTheFormKeepsWhatWasTyped() throws Exception {
        String email = Sessions.uniqueEmail("accueil");
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(intake(email).with(from(address())));
        }
        mvc.perform(intake(email).with(from(address())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de demandes ont été faites en peu de temps")))
                .andExpect(content().string(containsString("Atelier vélo du Diois")));
        assertThat(intakesOf(email)).isEqualTo(PER_EMAIL);
        assertThat(received(email, "Votre demande d’accueil")).isEqualTo(PER_EMAIL);
    }

    @Test
    void intakesFromOneAddressStopAtTheLimit() throws Exception {
        String address = address();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            emails.add(Sessions.uniqueEmail("accueil"));
            mvc.perform(intake(emails.get(i)).with(from(address)));
        }
        assertThat(emails.stream().mapToLong(this::intakesOf).sum()).isEqualTo(PER_ADDRESS);
    }

    @Test
    void apiIntakesForOnePersonStopAtTheLimitWith429() throws Exception {
        String email = Sessions.uniqueEmail("api");
        for (int i = 0; i < PER_EMAIL; i++) {
            mvc.perform(apiIntake(email).with(from(address()))).andExpect(status().isCreated());
        }
        mvc.perform(apiIntake(email).with(from(address())))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(containsString("pour cette adresse e-mail")));
        assertThat(intakesOf(email)).isEqualTo(PER_EMAIL);
    }

    @Test
    void joinRequestsFromOneAddressStopAtTheLimitWithAMessageThatKeepsTheForm() throws Exception {
        String address = address();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            emails.add(Sessions.uniqueEmail("groupe"));
            mvc.perform(join(emails.get(i)).with(from(address)));
        }
        mvc.perform(join(Sessions.uniqueEmail("groupe")).with(from(address)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de demandes ont été faites en peu de temps")))
                .andExpect(content().string(containsString("value=\"L&eacute;a Fournier\"")));
        long members = emails.stream()
                .mapToLong(email -> rows("select count(*) from group_member where email = :email", email))
                .sum();
        assertThat(members).isEqualTo(PER_ADDRESS);
    }

    @Test
    void directoryProposalsFromOneAddressStopAtTheLimitWithAMessageThatKeepsTheForm() throws Exception {
        String address = address();
        String name = "Epicerie en rafale " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(
                    proposal(name + " " + i, Sessions.uniqueEmail("habitant")).with(from(address)));
        }
        mvc.perform(proposal(name, Sessions.uniqueEmail("habitant")).with(from(address)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de demandes ont été faites en peu de temps")))
                .andExpect(content().string(containsString(name)));
        assertThat(rows("select count(*) from organisation where name like :email || '%'", name))
                .isEqualTo(PER_ADDRESS);
    }

    @Test
    void schemeProposalsFromOnePersonStopAtTheLimit() throws Exception {
        String email = Sessions.uniqueEmail("habitante");
        String path = "/annuaire/structures/" + anOrganisation() + "/dispositifs/nouveau";
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(post(path)
                    .param("name", "Prêt proposé " + i)
                    .param("type", "PRET_HONNEUR")
                    .param("description", "Un prêt sans intérêt ni garantie pour lancer son activité.")
                    .param("calendar", "ALWAYS")
                    .param("coverageLevel", "organisation")
                    .param("proposerEmail", email)
                    .with(csrf())
                    .with(from(address())));
        }
        assertThat(rows("select count(*) from scheme where proposed_by = :email", email))
                .isEqualTo(PER_EMAIL);
    }

    @Test
    void errorReportsFromOneAddressStopAtTheLimit() throws Exception {
        String address = address();
        String message = "Le téléphone a changé " + UUID.randomUUID();
        String path = "/annuaire/structures/" + anOrganisation() + "/signaler";
        for (int i = 0; i < FLOOD; i++) {
            mvc.perform(post(path).param("message", message).with(csrf()).with(from(address)));
        }
        mvc.perform(post(path).param("message", message).with(csrf()).with(from(address)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop de demandes ont été faites en peu de temps")));
        assertThat(rows("select count(*) from entry_report where message = :email", message))
                .isEqualTo(PER_ADDRESS);
    }

    private List<String> holders(int count) {
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(Sessions.uniqueEmail("porteuse"));
            Sessions.user(accounts, holders.get(i), Role.PROJECT_HOLDER);
        }
        return holders;
    }

    private long receivedByAll(List<String> emails, String subject) throws Exception {
        EventPublications.awaitHandled(context);
        long total = 0;
        for (String email : emails) {
            total += Mails.count(greenMail, email, subject);
        }
        return total;
    }

    private long rows(String sql, String value) {
        return jdbc.sql(sql).param("email", value).query(Long.class).single();
    }

    private long intakesOf(String email) {
        return rows(
                """
                select count(*) from intake_request r join project p on p.id = r.project_id
                join project_holder h on h.id = p.holder_id where h.email = :email
                """,
                email);
    }

    private UUID anOrganisation() {
        return jdbc.sql("select id from organisation where status = 'published' order by name limit 1")
                .query(UUID.class)
                .single();
    }

    private static MockHttpServletRequestBuilder intake(String email) {
        return post("/accueil")
                .with(csrf())
                .param("step", "5")
                .param("go", "submit")
                .param("person.holderKind", "COLLECTIVE")
                .param("person.name", "Atelier vélo du Diois")
                .param("person.email", email)
                .param("person.members", "Léa, Karim et Jo")
                .param("project.title", "Un atelier de réparation de vélos participatif")
                .param("project.kind", "INITIATIVE_CITOYENNE")
                .param("project.stage", "IDEE")
                .param("needs.project", "ACCOMPAGNEMENT")
                .param("where.target1", "26113")
                .param("where.scope", "EPCI")
                .param("consents.shareWithStructures", "true")
                .param("consents.territoryContact", "true");
    }

    private static MockHttpServletRequestBuilder apiIntake(String email) {
        return post("/api/v1/intakes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        """
                        {"holderKind": "collective", "name": "Café du village", "email": "%s",
                         "projectTitle": "Un café associatif", "projectKind": "initiative_citoyenne", "stage": "idee",
                         "needs": ["lieu"], "targetScope": "epci", "targetCommunes": ["26113"],
                         "shareWithStructures": true}
                        """
                                .formatted(email));
    }

    private static MockHttpServletRequestBuilder join(String email) {
        return post("/groupes/entrepreneuriat-collectif-collectivites/rejoindre")
                .param("name", "Léa Fournier")
                .param("email", email)
                .param("consent", "true")
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder proposal(String name, String email) {
        return post("/annuaire/proposer")
                .param("name", name)
                .param("kind", "SUPPORT_STRUCTURE")
                .param("family", "INFORM_ORIENT")
                .param("area", "RURAL")
                .param("description", "Au village.")
                .param("commune", "26113")
                .param("coverageLevel", "epci")
                .param("proposerEmail", email)
                .with(csrf());
    }
}
