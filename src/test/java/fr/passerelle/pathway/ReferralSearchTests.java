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
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral form reaches the whole directory: the Diois desk finds the CCI by its name, or by its name and a
 * commune it covers, and sends the project there; htmx gets the list alone; the server refuses a structure that does
 * not exist or was withdrawn, beside the field, keeping the message; advisors of other structures search nothing.
 */
@PlatformTest
class ReferralSearchTests {

    private static final String CCI = "CCI de la Drôme";
    private static final String ARDECHE = "CCI Ardèche";

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

    PathwayScenario scenario;
    Cookie desk;
    Cookie cciAdvisor;
    Cookie otherAdvisor;
    UUID project;

    @BeforeEach
    void people() throws Exception {
        scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, Sessions.uniqueEmail("accueil"));
        cciAdvisor = scenario.member(Role.ADVISOR, CCI, Sessions.uniqueEmail("cci"));
        scenario.member(Role.ADVISOR, ARDECHE, Sessions.uniqueEmail("cci-ardeche"));
        otherAdvisor = scenario.member(Role.ADVISOR, PathwayScenario.INITIATIVE, Sessions.uniqueEmail("initiative"));
        String title = "Épicerie " + UUID.randomUUID().toString().substring(0, 6);
        project = scenario.project(title, Sessions.uniqueEmail("epicerie"), true);
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/parcours/projets/" + project).param("q", query).cookie(desk))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDeskFindsTheChamberByNameOrByNameAndCommuneAndSendsTheProjectThere() throws Exception {
        UUID drome = scenario.organisation(CCI);
        UUID ardeche = scenario.organisation(ARDECHE);
        assertThat(page(""))
                .doesNotContain("Trouvées dans l’annuaire")
                .doesNotContain("value=\"" + ardeche + "|\"")
                .contains("Chercher une autre structure dans l’annuaire");
        assertThat(found("CCI"))
                .startsWith("Trouvées dans l’annuaire pour «\u00a0CCI\u00a0»")
                .contains("value=\"" + drome + "|\"", "value=\"" + ardeche + "|\"");
        assertThat(page("CCI")).contains("structures trouvées pour «\u00a0CCI\u00a0»");
        // "Die" names the commune: the chambers covering Die, not the Ardèche's.
        assertThat(found("cci die")).contains("value=\"" + drome + "|\"").doesNotContain(ARDECHE);
        assertThat(page("zzqqxx"))
                .doesNotContain("Trouvées dans l’annuaire")
                .contains("Aucune structure de l’annuaire ne répond à «\u00a0zzqqxx\u00a0»");
        assertThat(page("c")).contains("Tapez au moins deux lettres.");

        mvc.perform(get("/parcours/projets/" + project)
                        .param("q", "CCI Die")
                        .header("HX-Request", "true")
                        .cookie(desk))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<select id=\"target\" name=\"target\""),
                                containsString("value=\"" + drome + "|\""),
                                containsString("hx-swap-oob=\"innerHTML\""),
                                containsString("trouvée"),
                                not(containsString("<html")),
                                not(containsString("Message à la structure")))));

        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", ardeche + "|")
                        .param("message", "Un projet à Die, mais le local visé est en Ardèche : à vous de voir."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "pathway.sent.members"));
        assertThat(jdbc.sql("select count(*) from referral where project_id = :project and organisation_id = :cci")
                        .param("project", project)
                        .param("cci", ardeche)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    /** The options the search added to the list, from their group's label on. */
    private String found(String query) throws Exception {
        String html = page(query);
        int group = html.indexOf("Trouvées dans l’annuaire");
        assertThat(group).as("a group of structures found").isPositive();
        return html.substring(group, html.indexOf("</select>", group));
    }

    @Test
    void aStructureThatDoesNotExistOrWasWithdrawnIsRefusedBesideTheFieldAndTheMessageIsKept() throws Exception {
        String message = "Projet d’épicerie à Die, à accompagner pour le local.";
        refused(UUID.randomUUID(), message);

        UUID ardeche = scenario.organisation(ARDECHE);
        jdbc.sql("update organisation set status = 'rejected' where id = :id")
                .param("id", ardeche)
                .update();
        try {
            refused(ardeche, message);
            assertThat(page("CCI Ardèche")).doesNotContain("value=\"" + ardeche + "|\"");
        } finally {
            jdbc.sql("update organisation set status = 'published' where id = :id")
                    .param("id", ardeche)
                    .update();
        }
        assertThat(jdbc.sql("select count(*) from referral where project_id = :project")
                        .param("project", project)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void refused(UUID organisation, String message) throws Exception {
        var flash = mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", organisation + "|")
                        .param("message", message))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("sendError", "pathway.organisation.unknown"))
                .andReturn()
                .getFlashMap();
        var again = get("/parcours/projets/" + project).cookie(desk);
        flash.forEach(again::flashAttr);
        mvc.perform(again)
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"target-error\""),
                                containsString("Cette structure n’est pas publiée dans l’annuaire."),
                                containsString(message))));
    }

    @Test
    void theStructureThatAcceptedHandsTheProjectOverToAnyStructureItFindsButItself() throws Exception {
        UUID referral = scenario.send(desk, project, CCI, "Une épicerie à Die : à vous de voir.");
        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                        .cookie(cciAdvisor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/parcours/orientations/" + referral)
                        .param("q", "CCI")
                        .cookie(cciAdvisor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int group = page.indexOf("Trouvées dans l’annuaire pour «\u00a0CCI\u00a0»");
        assertThat(group).isPositive();
        assertThat(page.substring(group, page.indexOf("</select>", group)))
                .contains("value=\"" + scenario.organisation(ARDECHE) + "|\"")
                .doesNotContain("value=\"" + scenario.organisation(CCI) + "|\"");
        assertThat(page).contains("id=\"handover-target-search-form\"", "form=\"handover-target-search-form\"");
        mvc.perform(get("/parcours/orientations/" + referral).param("q", "CCI").cookie(otherAdvisor))
                .andExpect(status().isNotFound());
    }

    @Test
    void advisorsOfOtherStructuresSearchNothingOnTheProject() throws Exception {
        mvc.perform(get("/parcours/projets/" + project).param("q", "CCI").cookie(otherAdvisor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parcours/projets/" + project)
                        .param("q", "CCI")
                        .header("HX-Request", "true")
                        .cookie(cciAdvisor))
                .andExpect(status().isNotFound());
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(otherAdvisor)
                        .with(csrf())
                        .param("target", scenario.organisation(CCI) + "|")
                        .param("message", "Je l’envoie ailleurs."))
                .andExpect(status().isNotFound());
    }
}
