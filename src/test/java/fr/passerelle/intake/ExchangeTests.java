package fr.passerelle.intake;

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
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;

/**
 * The project exchange from the outside: a holder publishes an anonymous card; territory agents read it without the
 * holder's name; the Diois says it is interested, the holder hears of it and accepts, and only then does the Diois
 * get their name and address; the Pilat's interest is declined and the Pilat never sees them.
 */
@PlatformTest
class ExchangeTests {

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

    private Cookie agentOf(String organisation, String email) throws Exception {
        UUID id = jdbc.sql("select id from organisation where name = :name")
                .param("name", organisation)
                .query(UUID.class)
                .single();
        Sessions.user(accounts, email, Role.TERRITORY_AGENT, id);
        return Sessions.signIn(mvc, email);
    }

    private Cookie holder(String email) throws Exception {
        return Sessions.signInByLink(mvc, accounts, email);
    }

    private UUID project(String email, String name) {
        String title = "Ferme-auberge " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        name,
                        email,
                        null,
                        null,
                        "69123",
                        List.of(),
                        title,
                        null,
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.IDEE,
                        List.of(),
                        false,
                        List.of(Need.INSTALLATION),
                        TargetScope.RURAL_DEPARTEMENT,
                        List.of("26113"),
                        false,
                        false),
                IntakeChannel.FORM,
                null);
        return jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    @Test
    void territoriesReadAnonymousCardsAndTheHolderDecidesWhoLearnsTheirName() throws Exception {
        String email = Sessions.uniqueEmail("ferme");
        UUID project = project(email, "Jeanne Valette");
        Cookie holder = holder(email);
        String dioisEmail = Sessions.uniqueEmail("diois");
        String pilatEmail = Sessions.uniqueEmail("pilat");
        Cookie diois = agentOf("Communauté de communes du Diois", dioisEmail);
        Cookie pilat = agentOf("Communauté de communes du Pilat Rhodanien", pilatEmail);
        String summary = "Une ferme-auberge avec des chèvres et une table d’hôtes, " + UUID.randomUUID();

        mvc.perform(post("/espace/projets/" + project + "/bourse")
                        .cookie(holder)
                        .with(csrf())
                        .param("summary", "Trop court"))
                .andExpect(flash().attributeExists(BindingResult.MODEL_KEY_PREFIX + "draft"));
        mvc.perform(post("/espace/projets/" + project + "/bourse")
                        .cookie(diois)
                        .with(csrf())
                        .param("summary", summary)
                        .param("lookingFor", "Du foncier"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/espace/projets/" + project + "/bourse")
                        .cookie(holder)
                        .with(csrf())
                        .param("summary", summary)
                        .param("lookingFor", "Des terres et un bâtiment à rénover")
                        .param("areas", "Drôme, Ardèche"))
                .andExpect(flash().attribute("notice", "exchange.published"));

        // Territories read the card, never the name.
        mvc.perform(get("/bourse").cookie(diois).param("departement", "26"))
                .andExpect(content()
                        .string(allOf(
                                containsString(summary),
                                containsString("Drôme (26)"),
                                not(containsString("Jeanne Valette")),
                                not(containsString(email)))));
        mvc.perform(get("/bourse").cookie(diois).param("departement", "69"))
                .andExpect(content().string(not(containsString(summary))));
        UUID card = jdbc.sql("select id from project_card where project_id = :p")
                .param("p", project)
                .query(UUID.class)
                .single();
        Cookie advisor = Sessions.signIn(mvc, registered(Role.ADVISOR));
        mvc.perform(get("/bourse").cookie(advisor)).andExpect(status().isForbidden());

        mvc.perform(post("/bourse/" + card + "/interet")
                        .cookie(diois)
                        .with(csrf())
                        .param("message", "Bof"))
                .andExpect(flash().attribute("interestError", "exchange.message.length"));
        mvc.perform(post("/bourse/" + card + "/interet")
                        .cookie(diois)
                        .with(csrf())
                        .param("message", "Nous avons des terres et un accompagnement pour les fermes-auberges."))
                .andExpect(flash().attribute("notice", "exchange.interest.sent"));
        mvc.perform(post("/bourse/" + card + "/interet")
                        .cookie(diois)
                        .with(csrf())
                        .param("message", "Une seconde fois pour voir."))
                .andExpect(flash().attribute("interestError", "exchange.interest.already"));
        mvc.perform(post("/bourse/" + card + "/interet")
                        .cookie(pilat)
                        .with(csrf())
                        .param("message", "Le Pilat a aussi des fermes à reprendre."))
                .andExpect(flash().attribute("notice", "exchange.interest.sent"));
        assertThat(Mails.awaitMail(greenMail, email, "s’intéresse à votre projet")
                        .getContent()
                        .toString())
                .contains("/espace/projets/" + project + "/bourse");

        // The holder accepts the Diois, declines the Pilat.
        UUID dioisInterest = interest(card, "Communauté de communes du Diois");
        UUID pilatInterest = interest(card, "Communauté de communes du Pilat Rhodanien");
        mvc.perform(post("/espace/interets/" + dioisInterest + "/accepter")
                        .cookie(pilat)
                        .with(csrf())
                        .param("project", project.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/espace/interets/" + dioisInterest + "/accepter")
                        .cookie(holder)
                        .with(csrf())
                        .param("project", project.toString()))
                .andExpect(flash().attribute("notice", "exchange.answered.accepter"));
        mvc.perform(post("/espace/interets/" + pilatInterest + "/decliner")
                        .cookie(holder)
                        .with(csrf())
                        .param("project", project.toString()))
                .andExpect(flash().attribute("notice", "exchange.answered.decliner"));

        assertThat(Mails.awaitMail(greenMail, dioisEmail, "accepte l’échange")
                        .getContent()
                        .toString())
                .contains("Jeanne Valette", email);
        mvc.perform(get("/bourse/mes-interets").cookie(diois))
                .andExpect(content().string(containsString(email)));
        Mails.awaitMail(greenMail, pilatEmail, "ne donne pas suite");
        mvc.perform(get("/bourse/mes-interets").cookie(pilat))
                .andExpect(content().string(allOf(containsString("Décliné"), not(containsString(email)))));
    }

    private String registered(Role role) {
        String email = Sessions.uniqueEmail("autre");
        Sessions.user(accounts, email, role);
        return email;
    }

    private UUID interest(UUID card, String organisation) {
        return jdbc.sql(
                        """
                        select i.id from card_interest i join organisation o on o.id = i.organisation_id
                        where i.card_id = :card and o.name = :name
                        """)
                .param("card", card)
                .param("name", organisation)
                .query(UUID.class)
                .single();
    }
}
