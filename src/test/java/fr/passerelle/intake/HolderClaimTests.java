package fr.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * Anyone may type anyone's address: a request made with the address of an account that already holds a project
 * joins that account's space only once the person confirms it from the e-mail; the desk gets it at once.
 */
@PlatformTest
class HolderClaimTests {

    private static final String FIRST = "Un atelier de réparation de vélos participatif";
    private static final String SECOND = "Une épicerie ambulante pour les villages";
    private static final Pattern CLAIM = Pattern.compile("http\\S+(/accueil/confirmer)\\?jeton=(\\S+)");
    private static final String DONE = "Votre demande est confirmée";
    private static final String INVALID = "Ce lien de confirmation n’est plus valable";

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

    private MockHttpServletRequestBuilder intake(String path, String title) {
        return post(path)
                .with(csrf())
                .param("step", "5")
                .param("go", "submit")
                .param("person.holderKind", "PERSON")
                .param("person.name", "Claire Martin")
                .param("person.email", email)
                .param("project.title", title)
                .param("project.kind", "INITIATIVE_CITOYENNE")
                .param("project.stage", "IDEE")
                .param("needs.project", "ACCOMPAGNEMENT")
                .param("where.target1", "26113")
                .param("where.scope", "EPCI")
                .param("channel", "DESK");
    }

    /** Submits an intake and returns the confirmation mail's text. */
    private String submit(String title, Cookie agent) throws Exception {
        MockHttpServletRequestBuilder request = intake(agent == null ? "/accueil" : "/accueil/saisie", title);
        mvc.perform(agent == null ? request : request.cookie(agent)).andExpect(status().is3xxRedirection());
        String reference = jdbc.sql("select r.reference from intake_request r join project p on p.id = r.project_id"
                        + " where p.title = :title and r.created_at = (select max(created_at) from intake_request)")
                .param("title", title)
                .query(String.class)
                .single();
        return Mails.text(Mails.awaitMail(greenMail, email, reference));
    }

    private String spaceOfHolder() throws Exception {
        Cookie holder = Sessions.signInByLink(mvc, accounts, email);
        return mvc.perform(get("/espace").cookie(holder))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String token(String mail) {
        Matcher claim = CLAIM.matcher(mail);
        assertThat(claim.find()).as("a confirmation link in %s", mail).isTrue();
        return URLDecoder.decode(claim.group(2), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRequestWithTheAddressJoinsItsSpaceOnlyOnceConfirmedFromTheMail() throws Exception {
        assertThat(submit(FIRST, null)).contains("/connexion/lien/valider").doesNotContain("/accueil/confirmer");
        String mail = submit(SECOND, null);
        assertThat(jdbc.sql("select count(*) from intake_request r join project p on p.id = r.project_id"
                                + " where p.title = :title and r.desk_organisation_id is not null")
                        .param("title", SECOND)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(spaceOfHolder()).contains(FIRST).doesNotContain(SECOND);

        String token = token(mail);
        mvc.perform(get("/accueil/confirmer").param("jeton", token))
                .andExpect(content().string(containsString("C’est bien ma demande")));
        assertThat(spaceOfHolder()).doesNotContain(SECOND);
        MvcResult confirmed = mvc.perform(
                        post("/accueil/confirmer").param("jeton", token).with(csrf()))
                .andReturn();
        String signIn = confirmed.getResponse().getRedirectedUrl();
        assertThat(signIn).contains("/connexion/lien/valider?token=");
        MvcResult signedIn = mvc.perform(post("/connexion/lien/valider")
                        .param("token", URLDecoder.decode(signIn.replaceAll(".*token=", ""), StandardCharsets.UTF_8))
                        .cookie(confirmed.getResponse().getCookie("PASSERELLE_SESSION"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/espace"))
                .andReturn();
        mvc.perform(get("/espace").cookie(signedIn.getResponse().getCookie("PASSERELLE_SESSION")))
                .andExpect(
                        content().string(allOf(containsString(SECOND), containsString(FIRST), containsString(DONE))));

        mvc.perform(get("/accueil/confirmer").param("jeton", token))
                .andExpect(content().string(allOf(containsString(INVALID), not(containsString("C’est bien")))));
        mvc.perform(post("/accueil/confirmer").param("jeton", token).with(csrf()))
                .andExpect(content().string(containsString(INVALID)));
        mvc.perform(get("/accueil/confirmer").param("jeton", "inconnu"))
                .andExpect(content().string(containsString(INVALID)));
    }

    @Test
    void aRequestEnteredAtTheDeskIsConfirmedByTheHolderAlreadySignedIn() throws Exception {
        submit(FIRST, null);
        String agentEmail = Sessions.uniqueEmail("accueil");
        Sessions.user(
                accounts,
                agentEmail,
                Role.TERRITORY_AGENT,
                jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                        .query(java.util.UUID.class)
                        .single());
        String token = token(submit(SECOND, Sessions.signIn(mvc, agentEmail)));
        Cookie holder = Sessions.signInByLink(mvc, accounts, email);
        mvc.perform(get("/espace").cookie(holder)).andExpect(content().string(not(containsString(SECOND))));
        mvc.perform(post("/accueil/confirmer")
                        .param("jeton", token)
                        .cookie(holder)
                        .with(csrf()))
                .andExpect(redirectedUrl("/espace"));
        mvc.perform(get("/espace").cookie(holder))
                .andExpect(content().string(allOf(containsString(SECOND), containsString(DONE))));
    }

    @Test
    void aFirstRequestWithANewAddressJoinsItsSpaceAtOnce() throws Exception {
        assertThat(submit(FIRST, null)).contains("/connexion/lien/valider").doesNotContain("/accueil/confirmer");
        assertThat(spaceOfHolder()).contains(FIRST);
    }
}
