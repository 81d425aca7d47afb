package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.accounts.internal.AccountTokens;
import fr.passerelle.accounts.internal.TokenPurpose;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session does not outlive the rights it was opened with: disabling a user, changing their roles or memberships,
 * or resetting their password ends their open sessions at once; tokens follow the account's current state; and no
 * session lives longer than its absolute lifetime. Each test replays the old cookie or token, as an attacker who
 * kept them would.
 */
class SessionRevocationTests extends AccountsWebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationCatalog organisations;

    /**
     * A session's last access is written back at most once a minute: pages opened within the minute write nothing,
     * the first one after writes it, and a session idle past its timeout still ends (SparingSessionStore).
     */
    @Test
    void aSessionsLastAccessIsWrittenOnceAMinuteAndAnIdleSessionStillEnds() throws Exception {
        String email = uniqueEmail("assidue");
        user(email, Role.ADVISOR);
        Cookie session = signIn(email);
        long signedIn = lastAccess(email);

        assertThat(status("/compte/jetons", session)).isEqualTo(200);
        assertThat(status("/compte/jetons", session)).isEqualTo(200);
        assertThat(lastAccess(email)).isEqualTo(signedIn);

        long before = System.currentTimeMillis();
        age(email, 61_000);
        assertThat(status("/compte/jetons", session)).isEqualTo(200);
        assertThat(lastAccess(email)).isGreaterThanOrEqualTo(before);

        age(email, 31 * 60_000);
        assertThat(status("/compte/jetons", session)).isEqualTo(302);
    }

    private long lastAccess(String email) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** The session as if its last access were written that long before. */
    private void age(String email, long millis) {
        jdbc.sql(
                        """
                        update spring_session set last_access_time = last_access_time - :millis,
                                                  expiry_time = expiry_time - :millis
                        where principal_name = :email
                        """)
                .param("millis", millis)
                .param("email", email)
                .update();
    }

    @Test
    void disablingAUserEndsTheirSessionAndRefusesTheirToken() throws Exception {
        String email = uniqueEmail("depart");
        UUID id = user(email, Role.ADVISOR);
        Cookie session = signIn(email);
        String token = token(session);
        assertThat(status("/compte/jetons", session)).isEqualTo(200);

        accounts.update(id, "Personne de test", Set.of(Role.ADVISOR), false);

        assertThat(status("/compte/jetons", session)).isEqualTo(302);
        assertThat(mvc.perform(get("/api/v1/resources").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void strippingARoleEndsTheSessionThatHeldIt() throws Exception {
        String email = uniqueEmail("ex-coordination");
        UUID id = user(email, Role.COORDINATOR);
        Cookie session = signIn(email);
        assertThat(status("/accueil/journal", session)).isEqualTo(200);

        accounts.update(id, "Personne de test", Set.of(Role.ADVISOR), true);

        assertThat(status("/accueil/journal", session)).isEqualTo(302);
        assertThat(status("/accueil/journal", signIn(email))).isEqualTo(403);
    }

    @Test
    void aMembershipRemovedEndsTheSession() throws Exception {
        String email = uniqueEmail("ex-membre");
        UUID id = user(email, Role.ADVISOR);
        UUID organisation = organisations.all().get(0).id();
        accounts.addMembership(id, organisation);
        Cookie session = signIn(email);

        accounts.removeMembership(id, organisation);

        assertThat(status("/compte/jetons", session)).isEqualTo(302);
    }

    @Test
    void aPasswordResetEndsTheOpenSessions() throws Exception {
        String email = uniqueEmail("vole");
        user(email, Role.ADVISOR);
        Cookie thief = signIn(email);
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        assertThat(resetWithNewToken(id)).isTrue();

        assertThat(status("/compte/jetons", thief)).isEqualTo(302);
    }

    @Test
    void noSessionOutlivesItsAbsoluteLifetime() throws Exception {
        String email = uniqueEmail("longue");
        user(email, Role.ADVISOR);
        Cookie session = signIn(email);
        assertThat(status("/compte/jetons", session)).isEqualTo(200);

        jdbc.sql("update spring_session set creation_time = creation_time - 13 * 3600 * 1000 where principal_name = :e")
                .param("e", email)
                .update();

        assertThat(status("/compte/jetons", session)).isEqualTo(302);
    }

    @Test
    void aChangeOfNameAloneKeepsTheSession() throws Exception {
        String email = uniqueEmail("renomme");
        UUID id = user(email, Role.ADVISOR);
        Cookie session = signIn(email);
        accounts.update(id, "Nouveau nom", Set.of(Role.ADVISOR), true);
        assertThat(status("/compte/jetons", session)).isEqualTo(200);
    }

    /** A reset link issued for the user and used, as the e-mailed one would be. */
    private boolean resetWithNewToken(UUID id) {
        return accounts.choosePassword(tokens.issue(id, TokenPurpose.PASSWORD_RESET), false, "une autre phrase solide");
    }

    @Autowired
    AccountTokens tokens;

    private int status(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getStatus();
    }

    private String token(Cookie session) throws Exception {
        return (String)
                mvc.perform(post("/compte/jetons").cookie(session).with(csrf()).param("name", "Script"))
                        .andReturn()
                        .getFlashMap()
                        .get("created");
    }
}
