package fr.passerelle.intake;

import static fr.passerelle.testing.FormPages.chosen;
import static fr.passerelle.testing.FormPages.errorBeside;
import static fr.passerelle.testing.FormPages.typedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens: created on the account page, shown once, acting with the owner's rights, revoked. */
@PlatformTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsWithItsOwnersRightsUntilRevoked() throws Exception {
        String title = "Ferme-auberge " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Jo Martin",
                        Sessions.uniqueEmail("jo"),
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        null,
                        ProjectKind.INSTALLATION_AGRICOLE,
                        ProjectStage.IDEE,
                        List.of(),
                        false,
                        List.of(Need.INSTALLATION),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);
        UUID project = jdbc.sql("select id from project where title = :t")
                .param("t", title)
                .query(UUID.class)
                .single();
        String email = Sessions.uniqueEmail("coord");
        Sessions.user(accounts, email, Role.COORDINATOR);
        Cookie session = Sessions.signIn(mvc, email);

        mvc.perform(post("/compte/jetons").cookie(session).with(csrf()).param("name", " "))
                .andExpect(status().is3xxRedirection());
        String token = (String) mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Script de bilan")
                        .param("scope", "READ_WRITE"))
                .andReturn()
                .getFlashMap()
                .get("created");
        assertThat(token).startsWith("psr_");
        mvc.perform(get("/compte/jetons").cookie(session)).andExpect(content().string(containsString(token)));
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content().string(containsString("Script de bilan")))
                .andExpect(content().string(not(containsString(token))));

        mvc.perform(get("/api/v1/projects/" + project + "/orientation").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.welcomeDesk.name").value("Communauté de communes du Diois"));
        mvc.perform(post("/api/v1/organisations/import")
                        .header("Authorization", "Bearer " + token)
                        .param("format", "CSV")
                        .param("dryRun", "true")
                        .contentType("text/csv")
                        .content("nom;type;famille;ville_campagne;code_insee;territoires_codes\n"
                                + "Essai jeton;Réseau;Ils informent et orientent;Rural;26113;france\n"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").header("Authorization", "Bearer psr_faux"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Ce jeton d’API n’est pas valide ou a été révoqué."));

        UUID id = jdbc.sql("select id from api_token where name = 'Script de bilan' order by created_at desc limit 1")
                .query(UUID.class)
                .single();
        mvc.perform(post("/compte/jetons/" + id + "/revoquer").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/compte/jetons"))
                .andExpect(flash().attribute(PageAnswers.NOTICE, "api.token.revoked"));
        mvc.perform(get("/api/v1/projects/" + project + "/orientation").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/compte/jetons")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReadTokenReadsButIsRefusedOnWritesWithProblemDetails() throws Exception {
        Cookie session = coordinator();
        String token = created(session, "Lecture", "READ", "30");

        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/organisations/import")
                        .header("Authorization", "Bearer " + token)
                        .param("format", "CSV")
                        .param("dryRun", "true")
                        .contentType("text/csv")
                        .content("nom;type\n"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(startsWith("Ce jeton d’API ne permet que la lecture")));
        assertThat(jdbc.sql("select expires_at::date - now()::date from api_token where name = 'Lecture'"
                                + " order by created_at desc limit 1")
                        .query(Integer.class)
                        .single())
                .isEqualTo(30);
    }

    @Test
    void aTokenLastsNinetyDaysByDefaultThenGets401WithWwwAuthenticate() throws Exception {
        Cookie session = coordinator();
        String token = (String)
                mvc.perform(post("/compte/jetons").cookie(session).with(csrf()).param("name", "Vieux"))
                        .andReturn()
                        .getFlashMap()
                        .get("created");
        UUID id = jdbc.sql("select id from api_token where name = 'Vieux' order by created_at desc limit 1")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select expires_at::date - now()::date from api_token where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(90);
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content().string(containsString("Lecture seule")))
                .andExpect(content().string(containsString("expire le")));

        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.detail").value(startsWith("Ce jeton d’API a expiré")));
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content().string(containsString("expiré depuis le")));
    }

    @Test
    void aRefusedTokenSaysWhyBesideEachFieldAndKeepsWhatWasChosen() throws Exception {
        Cookie session = coordinator();
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                chosen("scope", "READ"), chosen("days", "90"), not(containsString("error-message")))));

        mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", " ")
                        .param("scope", "READ_WRITE")
                        .param("days", "quinze"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le formulaire contient des erreurs"),
                                errorBeside("name", "Donnez un nom au jeton (80 caractères au plus)."),
                                errorBeside(
                                        "days",
                                        "Choisissez ce que le jeton permet et sa durée de validité dans les listes."),
                                chosen("scope", "READ_WRITE"))));

        mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Tableau de bord")
                        .param("scope", "READ_WRITE")
                        .param("days", "45"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                errorBeside(
                                        "days",
                                        "Choisissez ce que le jeton permet et sa durée de validité dans les listes."),
                                typedIn("name", "Tableau de bord"),
                                not(containsString("psr_")))));
        mvc.perform(get("/compte/jetons").cookie(session))
                .andExpect(content().string(not(containsString("error-message"))));
        assertThat(jdbc.sql("select count(*) from api_token where name = 'Tableau de bord'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Cookie coordinator() throws Exception {
        String email = Sessions.uniqueEmail("coord");
        Sessions.user(accounts, email, Role.COORDINATOR);
        return Sessions.signIn(mvc, email);
    }

    private String created(Cookie session, String name, String scope, String days) throws Exception {
        return (String) mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", name)
                        .param("scope", scope)
                        .param("days", days))
                .andReturn()
                .getFlashMap()
                .get("created");
    }
}
