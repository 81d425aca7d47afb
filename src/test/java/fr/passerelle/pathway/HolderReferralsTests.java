package fr.passerelle.pathway;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The holder follows their referrals in their space: the structure, where it stands, and its contact from the
 * directory once it accepted; never the professionals' message or the reason of a decline; another holder sees none.
 */
@PlatformTest
class HolderReferralsTests {

    /** The contact address of Initiative Vallée de la Drôme Diois in the demonstration directory. */
    private static final String CONTACT = "contact@ivdd.example";

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

    @Test
    void theHolderSeesTheirReferralAndTheStructuresContactOnlyOnceItAccepted() throws Exception {
        PathwayScenario scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        Cookie desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, Sessions.uniqueEmail("accueil"));
        Cookie advisor = scenario.member(Role.ADVISOR, PathwayScenario.INITIATIVE, Sessions.uniqueEmail("ivdd"));
        String email = Sessions.uniqueEmail("velo");
        String title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        UUID project = scenario.project(title, email, true);
        UUID referral = scenario.send(desk, project, PathwayScenario.INITIATIVE, "Note entre pros : dossier fragile.");
        Cookie holder = scenario.holder(email);

        mvc.perform(get("/espace").cookie(holder))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mes mises en relation"),
                                containsString(PathwayScenario.INITIATIVE),
                                containsString("En attente de la réponse de la structure"),
                                not(containsString(CONTACT)),
                                not(containsString("dossier fragile")))));

        mvc.perform(post("/parcours/orientations/" + referral + "/accepter")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/espace").cookie(holder))
                .andExpect(content()
                        .string(allOf(
                                containsString("La structure a accepté de vous accompagner"),
                                containsString("mailto:" + CONTACT),
                                not(containsString("dossier fragile")))));

        String otherEmail = Sessions.uniqueEmail("autre");
        scenario.project("Autre projet " + UUID.randomUUID().toString().substring(0, 6), otherEmail, true);
        mvc.perform(get("/espace").cookie(scenario.holder(otherEmail)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Mes mises en relation")),
                                not(containsString(title)),
                                not(containsString(CONTACT)))));
    }

    @Test
    void aDeclinedReferralSaysSoWithoutItsReasonAndWithoutContact() throws Exception {
        PathwayScenario scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        Cookie desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, Sessions.uniqueEmail("accueil"));
        Cookie advisor = scenario.member(Role.ADVISOR, PathwayScenario.INITIATIVE, Sessions.uniqueEmail("ivdd"));
        String email = Sessions.uniqueEmail("velo");
        UUID project =
                scenario.project("Atelier vélo " + UUID.randomUUID().toString().substring(0, 6), email, true);
        UUID referral = scenario.send(desk, project, PathwayScenario.INITIATIVE, "Un premier prêt d’honneur ?");
        mvc.perform(post("/parcours/orientations/" + referral + "/refuser")
                        .cookie(advisor)
                        .with(csrf())
                        .param("text", "Comité complet jusqu’en juin"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/espace").cookie(scenario.holder(email)))
                .andExpect(content()
                        .string(allOf(
                                containsString("La structure ne peut pas vous accompagner"),
                                containsString("Votre accueil peut vous orienter vers une autre structure"),
                                not(containsString("Comité complet")),
                                not(containsString(CONTACT)))));
    }
}
