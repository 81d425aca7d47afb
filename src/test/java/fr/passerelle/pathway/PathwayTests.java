package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referrals from the outside: the Diois desk sends a project to Initiative Vallée de la Drôme Diois, whose advisor
 * reads, accepts and closes it while another structure's advisor cannot see it; no referral without consent; a
 * decline needs its reason; unanswered referrals are reminded at 7 and 14 days and expire at 30, once even with
 * two instances, catching up after a stop.
 */
@PlatformTest
class PathwayTests {

    private static final String INITIATIVE = PathwayScenario.INITIATIVE;

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    PathwayScenario scenario;
    Cookie desk;
    Cookie advisor;
    String advisorEmail;
    Cookie stranger;
    UUID project;
    String title;

    private UUID organisation(String name) {
        return scenario.organisation(name);
    }

    private UUID project(boolean consent) {
        title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        return scenario.project(title, Sessions.uniqueEmail("velo"), consent);
    }

    @BeforeEach
    void people() throws Exception {
        scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, Sessions.uniqueEmail("accueil"));
        advisorEmail = Sessions.uniqueEmail("initiative");
        advisor = scenario.member(Role.ADVISOR, INITIATIVE, advisorEmail);
        stranger = scenario.member(Role.ADVISOR, "CCI de la Drôme", Sessions.uniqueEmail("cci"));
        project = project(true);
    }

    private UUID send(String message) throws Exception {
        return scenario.send(desk, project, INITIATIVE, message);
    }

    private MimeMessage mailTo(String address, String subjectPart) throws Exception {
        return Mails.awaitMail(greenMail, address, subjectPart);
    }

    @Test
    void theDeskReferstheProjectAndOnlyTheReceivingStructureReadsAcceptsAndClosesIt() throws Exception {
        mvc.perform(get("/parcours/projets/" + project).cookie(desk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Orienter vers une structure"), containsString(INITIATIVE))));
        mvc.perform(get("/parcours/projets/" + project).cookie(advisor)).andExpect(status().isNotFound());

        UUID referral = send("Collectif motivé, cherche un premier financement.");
        assertThat(mailTo(advisorEmail, "Mise en relation").getContent().toString())
                .contains("/parcours/orientations/" + referral);

        mvc.perform(get("/parcours/orientations").cookie(advisor))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/parcours/orientations/" + referral).cookie(advisor))
                .andExpect(content()
                        .string(allOf(
                                containsString("Collectif motivé"),
                                containsString("Collectif vélo"),
                                containsString("Accepter"))));
        mvc.perform(get("/parcours/projets/" + project).cookie(advisor)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(advisor))
                .andExpect(status().isOk());

        mvc.perform(get("/parcours/orientations").cookie(stranger))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/parcours/orientations/" + referral).cookie(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                        .cookie(stranger)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parcours/projets/" + project).cookie(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").cookie(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + project + "/timeline").cookie(stranger))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Aucune ressource")));
        mvc.perform(get("/api/v1/projects/" + project + "/timeline").cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.timeline[*].kind")
                                .value(org.hamcrest.Matchers.contains("intake_submitted", "referral_sent")))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.timeline[1].text")
                                .value(org.hamcrest.Matchers.startsWith("Orienté vers ")));

        mvc.perform(post("/parcours/orientations/" + referral + "/clore")
                        .cookie(advisor)
                        .with(csrf())
                        .param("outcome", "FINANCE"))
                .andExpect(flash().attribute("answerError", "pathway.status.changed"));
        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "pathway.done.accepter"));
        mvc.perform(post("/parcours/orientations/" + referral + "/clore")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(flash().attribute("answerError", "pathway.outcome.required"));
        mvc.perform(post("/parcours/orientations/" + referral + "/clore")
                        .cookie(advisor)
                        .with(csrf())
                        .param("outcome", "FINANCE"))
                .andExpect(flash().attribute("notice", "pathway.done.clore"));

        mvc.perform(get("/parcours/projets/" + project).cookie(desk))
                .andExpect(content()
                        .string(allOf(
                                containsString("Orienté vers " + INITIATIVE),
                                containsString(INITIATIVE + " accepte la mise en relation"),
                                containsString(INITIATIVE + " clôture la mise en relation"),
                                containsString("Financé"))));
        List<String> readers = jdbc.sql(
                        """
                        select a.user_name from personal_data_access a join project p on p.holder_id = a.holder_id
                        where p.id = :project
                        """)
                .param("project", project)
                .query(String.class)
                .list();
        assertThat(readers).isNotEmpty();
    }

    @Test
    void noReferralWithoutConsentAndADeclineNeedsItsReason() throws Exception {
        project = project(false);
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", organisation(INITIATIVE) + "|")
                        .param("message", "Bonjour"))
                .andExpect(flash().attribute("sendError", "pathway.consent.missing"));
        assertThat(jdbc.sql("select count(*) from referral where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isZero();

        project = project(true);
        UUID referral = send("Pouvez-vous les recevoir ?");
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", organisation(INITIATIVE) + "|")
                        .param("message", "Encore"))
                .andExpect(flash().attribute("sendError", "pathway.referral.alreadyOpen"));
        mvc.perform(post("/parcours/orientations/" + referral + "/refuser")
                        .cookie(advisor)
                        .with(csrf())
                        .param("text", " "))
                .andExpect(flash().attribute("answerError", "pathway.reason.required"));
        mvc.perform(post("/parcours/orientations/" + referral + "/refuser")
                        .cookie(advisor)
                        .with(csrf())
                        .param("text", "Nous n’accompagnons pas les associations."))
                .andExpect(flash().attribute("notice", "pathway.done.refuser"));
        assertThat(jdbc.sql("select status from referral where id = :id")
                        .param("id", referral)
                        .query(String.class)
                        .single())
                .isEqualTo("declined");
    }

    @Test
    void theAcceptingStructureHandsTheProjectOverWithItsHistory() throws Exception {
        UUID referral = send("Projet à suivre.");
        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                .cookie(advisor)
                .with(csrf()));
        UUID cci = organisation("CCI de la Drôme");
        mvc.perform(post("/parcours/orientations/" + referral + "/relais")
                        .cookie(advisor)
                        .with(csrf())
                        .param("target", cci + "|"))
                .andExpect(flash().attribute("answerError", "pathway.handOver.note.required"));
        mvc.perform(post("/parcours/orientations/" + referral + "/relais")
                        .cookie(advisor)
                        .with(csrf())
                        .param("target", cci + "|")
                        .param("text", "Le collectif veut d’abord un statut : la CCI les reçoit mardi."))
                .andExpect(flash().attribute("notice", "pathway.done.relais"));

        assertThat(jdbc.sql("select outcome from referral where id = :id")
                        .param("id", referral)
                        .query(String.class)
                        .single())
                .isEqualTo("reoriente");
        UUID next = jdbc.sql("select id from referral where project_id = :p and organisation_id = :o")
                .param("p", project)
                .param("o", cci)
                .query(UUID.class)
                .single();
        mvc.perform(get("/parcours/orientations/" + next).cookie(stranger))
                .andExpect(content()
                        .string(allOf(containsString("la CCI les reçoit mardi"), containsString("Collectif vélo"))));
        mvc.perform(get("/parcours/projets/" + project).cookie(stranger))
                .andExpect(content()
                        .string(allOf(
                                containsString(INITIATIVE + " passe le relais"),
                                containsString("Orienté vers CCI de la Drôme"),
                                containsString(INITIATIVE + " accepte la mise en relation"))));
    }
}
