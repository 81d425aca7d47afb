package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A structure with no member on the platform, from the outside: the Diois desk refers a project to it, the person
 * at its contact address reads and accepts it from the e-mail's link without an account, asks to join the
 * structure's entry, confirms their address, and once a coordinator (not the desk) approves is a member of the
 * structure. Unknown links do not exist; an expired one sends a new link to the structure's address only.
 */
@PlatformTest
class ReferralByLinkTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    PathwayScenario scenario;
    Cookie desk;
    String deskEmail;
    String title;
    String holderEmail;
    String address;
    String structureName;
    UUID structure;
    UUID project;

    @BeforeEach
    void cast() throws Exception {
        scenario = new PathwayScenario(mvc, accounts, intakes, jdbc);
        deskEmail = Sessions.uniqueEmail("accueil");
        desk = scenario.member(Role.TERRITORY_AGENT, PathwayScenario.DIOIS, deskEmail);
        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        UUID coordinatorId = Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        AccountUser coordinator = new AccountUser(
                coordinatorId, coordinatorEmail, "Coordination", Set.of(Role.COORDINATOR), Set.of(), true, null);
        address = Sessions.uniqueEmail("contact-structure");
        structureName =
                "Boutique de gestion du Diois " + UUID.randomUUID().toString().substring(0, 6);
        structure = PathwayScenario.structureWithoutMembers(directory, coordinator, structureName, address);
        title = "Atelier vélo " + UUID.randomUUID().toString().substring(0, 6);
        holderEmail = Sessions.uniqueEmail("velo");
        project = scenario.project(title, holderEmail, true);
    }

    @Test
    void theStructureAnswersFromTheLinkThenJoinsItsEntryAndFindsTheReferralInItsInbox() throws Exception {
        mvc.perform(get("/parcours/projets/" + project).cookie(desk))
                .andExpect(content().string(containsString(structureName + " (par e-mail, sans compte)")));
        var sent = mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", structure + "|")
                        .param("message", "Un collectif motivé, à rencontrer."))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/parcours/projets/" + project).cookie(desk).flashAttrs(sent.getFlashMap()))
                .andExpect(
                        content().string(containsString("prévenue par e-mail à son adresse de contact (" + address)));

        String body = body(Mails.awaitMail(greenMail, address, "Mise en relation"));
        String link = link(body, "/orientation-recue/");
        EventPublications.awaitHandled(context);
        assertThat(body).contains("/annuaire/structures/" + structure + "/rejoindre");

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(title),
                                containsString("Un collectif motivé"),
                                containsString(holderEmail),
                                containsString("Accepter"))));
        mvc.perform(get(link + "x")).andExpect(status().isNotFound());
        mvc.perform(post(link + "/refuser").with(csrf()).param("text", " ")).andExpect(status().is3xxRedirection());
        mvc.perform(post(link + "/accepter").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(body(Mails.awaitMail(greenMail, deskEmail, structureName + " accepte")))
                .contains("/parcours/projets/" + project);
        assertThat(Mails.awaitMail(greenMail, holderEmail, "accepte de vous accompagner"))
                .isNotNull();
        mvc.perform(get(link))
                .andExpect(content().string(allOf(containsString("Clôturer"), not(containsString(">Accepter<")))));

        // The person asks to join the structure's entry: wrong input first, then their address.
        String join = "/annuaire/structures/" + structure + "/rejoindre";
        mvc.perform(post(join).with(csrf()).param("name", "").param("email", "pas-une-adresse"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez vos prénom et nom."), containsString("pas-une-adresse"))));
        String member = Sessions.uniqueEmail("conseillere");
        mvc.perform(post(join).with(csrf()).param("name", "Claire Roux").param("email", member))
                .andExpect(content().string(containsString("Un lien vient de partir à " + member)));
        String confirm = link(body(Mails.awaitMail(greenMail, member, "Confirmez")), "/annuaire/rejoindre/confirmer/");
        // Its link is written by the listener that sends it: usable once that listener's transaction has ended.
        EventPublications.awaitHandled(context);
        mvc.perform(get(confirm)).andExpect(content().string(containsString("Adresse confirmée")));

        Cookie coordination = scenario.member(Role.COORDINATOR, PathwayScenario.DIOIS, Sessions.uniqueEmail("coord"));
        mvc.perform(get("/annuaire/moderation").cookie(coordination))
                .andExpect(content().string(allOf(containsString("Claire Roux"), containsString(member))));
        UUID claim = jdbc.sql("select id from organisation_claim where email = :email")
                .param("email", member)
                .query(UUID.class)
                .single();
        mvc.perform(post("/annuaire/moderation/rattachements/" + claim)
                        .cookie(desk)
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/annuaire/moderation/rattachements/" + claim)
                        .cookie(coordination)
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().is3xxRedirection());
        assertThat(Mails.awaitMail(greenMail, member, "Vous êtes membre de " + structureName))
                .isNotNull();
        assertThat(accounts.findByEmail(member).orElseThrow().organisationIds()).containsExactly(structure);
    }

    @Test
    void anExpiredLinkSendsANewOneToTheStructuresAddressOnly() throws Exception {
        scenario.send(desk, project, structureName, "Pouvez-vous les recevoir ?");
        String link = link(body(Mails.awaitMail(greenMail, address, "Mise en relation")), "/orientation-recue/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        // The mail leaves from the listener's transaction: its link is in the table once that transaction has ended.
        EventPublications.awaitHandled(context);
        // Ages the link as ninety days would (the table of the shared e-mailed-link mechanism).
        int aged = jdbc.sql(
                        "update emailed_link set created_at = now() - interval '91 days', expires_at = now() - interval '1 day'"
                                + " where token_hash = encode(sha256(convert_to(:token, 'UTF8')), 'hex')")
                .param("token", token)
                .update();
        assertThat(aged).as("the e-mailed link is aged").isEqualTo(1);

        mvc.perform(get(link)).andExpect(content().string(containsString("Ce lien a expiré")));
        mvc.perform(post(link + "/accepter").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(link + "/nouveau-lien").with(csrf()))
                .andExpect(content().string(containsString("Nouveau lien envoyé")));
        EventPublications.awaitHandled(context);
        String renewed = link(body(Mails.awaitMail(greenMail, address, "Nouveau lien")), "/orientation-recue/");
        assertThat(renewed).isNotEqualTo(link);
        mvc.perform(get(renewed)).andExpect(content().string(containsString("Accepter")));
        mvc.perform(post("/orientation-recue/inconnu/nouveau-lien").with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static String body(jakarta.mail.internet.MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    /** The path of the link in an e-mail's body that starts with that path. */
    private static String link(String body, String path) {
        String flat = body;
        int start = flat.indexOf(path);
        assertThat(start).as("a link %s in %s", path, flat).isNotNegative();
        int end = start;
        while (end < flat.length() && !Character.isWhitespace(flat.charAt(end))) {
            end++;
        }
        return flat.substring(start, end);
    }
}
