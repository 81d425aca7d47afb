package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Where each kind of user lands once signed in (by password, or holders by e-mailed link): professionals on their page
 * of work, project holders on their space; a page asked for before signing in wins over both.
 */
class LandingTests extends AccountsWebTest {

    private static String expectedLanding(Role role) {
        return role == Role.PROJECT_HOLDER ? "/espace" : "/mon-travail";
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleLandsOnItsOwnPageAfterSigningInWithItsPassword(Role role) throws Exception {
        String email = uniqueEmail("arrivee");
        user(email, role);

        MvcResult result = signInAttempt(email, PASSWORD, uniqueAddress());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedLanding(role));
    }

    @Test
    void aHolderSigningInWithAnEmailedLinkLandsOnTheirSpaceOrOnThePageTheyAskedFor() throws Exception {
        String email = uniqueEmail("lien");
        UUID id = user(email, Role.PROJECT_HOLDER);

        assertThat(linkSignIn(id, null).getResponse().getRedirectedUrl()).isEqualTo("/espace");

        Cookie pending = mvc.perform(get("/compte/jetons"))
                .andExpect(redirectedUrl("/connexion"))
                .andReturn()
                .getResponse()
                .getCookie("PASSERELLE_SESSION");
        assertThat(linkSignIn(id, pending).getResponse().getRedirectedUrl())
                .isEqualTo("http://localhost/compte/jetons?continue");
    }

    private MvcResult linkSignIn(UUID holder, Cookie session) throws Exception {
        String link = accounts.signInLink(holder, Duration.ofMinutes(5));
        String token = URLDecoder.decode(link.replaceAll(".*token=", ""), StandardCharsets.UTF_8);
        var request = post("/connexion/lien/valider").param("token", token).with(csrf());
        return mvc.perform(session == null ? request : request.cookie(session)).andReturn();
    }

    @Test
    void thePageAskedForBeforeSigningInWinsOverTheLandingPage() throws Exception {
        String email = uniqueEmail("jetons");
        user(email, Role.TERRITORY_AGENT);
        MvcResult asked = mvc.perform(get("/compte/jetons"))
                .andExpect(redirectedUrl("/connexion"))
                .andReturn();
        Cookie pending = asked.getResponse().getCookie("PASSERELLE_SESSION");
        assertThat(pending).as("the session that keeps the page asked for").isNotNull();

        MvcResult signedIn = mvc.perform(post("/connexion")
                        .cookie(pending)
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(uniqueAddress());
                            return request;
                        }))
                .andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("http://localhost/compte/jetons?continue");
    }

    @Test
    void theWorkPageIsForSignedInUsersAndSaysWhenNothingWaits() throws Exception {
        mvc.perform(get("/mon-travail")).andExpect(redirectedUrl("/connexion"));
        String email = uniqueEmail("calme");
        user(email, Role.ADVISOR);

        mvc.perform(get("/mon-travail").cookie(signIn(email)))
                .andExpect(content().string(containsString("Rien ne vous attend pour le moment.")));
    }
}
