package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.testing.ScheduledJobs;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

class SignInTests extends AccountsWebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void rightPasswordSignsInAndOpensASession() throws Exception {
        String email = uniqueEmail("agent");
        user(email, Role.TERRITORY_AGENT);

        Cookie session = signIn(email);

        assertThat(session.isHttpOnly()).isTrue();
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Se déconnecter")));
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() throws Exception {
        String email = uniqueEmail("casse");
        user(email, Role.ADVISOR);
        MvcResult result = signInAttempt(email.toUpperCase(), PASSWORD, uniqueAddress());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void wrongPasswordGivesOneFrenchMessageAndKeepsTheTypedAddress() throws Exception {
        String email = uniqueEmail("faux");
        user(email, Role.ADVISOR);

        MvcResult failed = signInAttempt(email, "mauvais mot de passe", uniqueAddress());
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");

        mvc.perform(get("/connexion?erreur").cookie(failed.getResponse().getCookie("PASSERELLE_SESSION")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Adresse e-mail ou mot de passe incorrect.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + email + "\"")));
    }

    @Test
    void unknownAddressGetsTheSameMessageAsAWrongPassword() throws Exception {
        MvcResult failed = signInAttempt(uniqueEmail("inconnu"), PASSWORD, uniqueAddress());
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
    }

    @Test
    void repeatedFailuresForOneAccountBlockEvenTheRightPassword() throws Exception {
        String email = uniqueEmail("cible");
        user(email, Role.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            signInAttempt(email, "essai " + i, uniqueAddress());
        }
        MvcResult blocked = signInAttempt(email, PASSWORD, uniqueAddress());
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
        mvc.perform(get("/connexion?bloque"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Trop de tentatives de connexion ont échoué")));
    }

    @Test
    void repeatedFailuresFromOneAddressBlockThatAddress() throws Exception {
        String address = uniqueAddress();
        for (int i = 0; i < 20; i++) {
            signInAttempt(uniqueEmail("robot"), "essai", address);
        }
        String email = uniqueEmail("voisin");
        user(email, Role.ADVISOR);
        assertThat(signInAttempt(email, PASSWORD, address).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?bloque");
        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    private long failures(String email) {
        return jdbc.sql("select count(*) from sign_in_failure where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    @Test
    void failuresOlderThanADayAreForgottenByTheHourlyJob() throws Exception {
        String old = uniqueEmail("ancien");
        String recent = uniqueEmail("recent");
        signInAttempt(old, "essai", uniqueAddress());
        signInAttempt(recent, "essai", uniqueAddress());
        jdbc.sql("update sign_in_failure set failed_at = now() - interval '25 hours' where email = :email")
                .param("email", old)
                .update();
        long recentFailures = failures(recent);

        ScheduledJobs.runTwiceAtOnce(context, SignInThrottle.class, "forgetOldFailures");
        assertThat(failures(old)).isZero();
        assertThat(failures(recent)).isEqualTo(recentFailures).isPositive();
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String email = uniqueEmail("parti");
        var id = user(email, Role.ADVISOR);
        accounts.update(id, "Parti", java.util.Set.of(Role.ADVISOR), false);
        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?erreur");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/connexion").param("email", "x@exemple.fr").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        String email = uniqueEmail("sortie");
        user(email, Role.ADMINISTRATOR);
        Cookie session = signIn(email);
        mvc.perform(get("/admin/utilisateurs").cookie(session)).andExpect(status().isOk());
        mvc.perform(
                        post("/deconnexion")
                                .cookie(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/utilisateurs").cookie(session)).andExpect(status().is3xxRedirection());
    }
}
