package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.internal.SignInThrottle;
import fr.passerelle.accounts.internal.ThrottlingAuthenticationProvider;
import fr.passerelle.accounts.internal.UserRepository;
import fr.passerelle.testing.ScheduledJobs;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;

class SignInTests extends AccountsWebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInThrottle throttle;

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
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mon-travail");
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
    void repeatedFailuresForOneAccountFromOneAddressBlockEvenTheRightPasswordThere() throws Exception {
        String email = uniqueEmail("cible");
        user(email, Role.COORDINATOR);
        String attacker = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            signInAttempt(email, "essai " + i, attacker);
        }
        MvcResult blocked = signInAttempt(email, PASSWORD, attacker);
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
        mvc.perform(get("/connexion?bloque"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Trop de tentatives de connexion ont échoué")));
        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .as("a colleague who types wrong passwords does not lock the owner out from elsewhere")
                .isEqualTo(landing(email));
    }

    @Test
    void guessesSpreadOverManyAddressesBlockTheAccount() throws Exception {
        String email = uniqueEmail("repartie");
        user(email, Role.ADVISOR);
        for (int i = 0; i < 50; i++) {
            signInAttempt(email, "essai " + i, uniqueAddress());
        }
        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?bloque");
    }

    /**
     * Guesses just before the quarter of an hour changes still count just after it: the previous quarter's count
     * weighs in the share of it still within fifteen minutes of now. Seeded so that this share alone is 60 guesses
     * (over the limit of 50) whatever the minute the test runs at.
     */
    @Test
    void guessesOfTheQuarterJustEndedStillBlockTheAccount() throws Exception {
        String email = uniqueEmail("a-cheval");
        user(email, Role.ADVISOR);
        double share = jdbc.sql(
                        """
                        select 1 - extract(epoch from now() - date_bin(interval '15 minutes', now(),
                                                                        timestamptz '2000-01-01')) / 900
                        """)
                .query(Double.class)
                .single();
        jdbc.sql(
                        """
                        insert into throttle_window (scope, subject, window_start, hits)
                        values ('sign-in-account', :subject,
                                date_bin(interval '15 minutes', now(), timestamptz '2000-01-01') - interval '15 minutes',
                                :hits)
                        """)
                .param("subject", email.toLowerCase(java.util.Locale.ROOT))
                .param("hits", (int) Math.ceil(60 / share))
                .update();

        assertThat(signInAttempt(email, PASSWORD, uniqueAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?bloque");
    }

    @Test
    void concurrentWrongPasswordsCheckNoMoreThanTheLimit() throws Exception {
        String email = uniqueEmail("rafale");
        user(email, Role.ADVISOR);
        String address = uniqueAddress();
        java.util.List<String> outcomes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        for (int i = 0; i < 30; i++) {
            int n = i;
            pool.submit(() -> outcomes.add(
                    signInAttempt(email, "essai " + n, address).getResponse().getRedirectedUrl()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();
        assertThat(outcomes).hasSize(30);
        assertThat(outcomes.stream().filter("/connexion?erreur"::equals))
                .as("passwords checked")
                .hasSize(5);
        assertThat(outcomes.stream().filter("/connexion?bloque"::equals)).hasSize(25);
    }

    @Test
    void oneFailureCountsOnce() throws Exception {
        String email = uniqueEmail("une-fois");
        user(email, Role.ADVISOR);
        String address = uniqueAddress();
        signInAttempt(email, "mauvais", address);
        assertThat(hits("sign-in-account-address", email + " " + address)).isEqualTo(1);
        assertThat(hits("sign-in-account", email)).isEqualTo(1);
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
                .isEqualTo("/mon-travail");
    }

    private long hits(String scope, String subject) {
        return jdbc.sql(
                        "select coalesce(sum(hits), 0) from throttle_window where scope = :scope and subject = :subject")
                .param("scope", scope)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    @Test
    void windowsEndedMoreThanADayAgoAreForgottenByTheHourlyJob() throws Exception {
        String old = uniqueEmail("ancien");
        String recent = uniqueEmail("recent");
        signInAttempt(old, "essai", uniqueAddress());
        signInAttempt(recent, "essai", uniqueAddress());
        jdbc.sql("update throttle_window set window_start = window_start - interval '25 hours' where subject = :email")
                .param("email", old)
                .update();
        long recentHits = hits("sign-in-account", recent);

        ScheduledJobs.runTwiceAtOnce(context, fr.passerelle.common.Throttle.class, "forgetPastWindows");
        assertThat(hits("sign-in-account", old)).isZero();
        assertThat(hits("sign-in-account", recent)).isEqualTo(recentHits).isPositive();
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

    /**
     * The time a refused sign-in takes must not tell whether the address is a holder's (no password), a disabled
     * account's or a staff member's: each checked attempt runs the encoder once, on a hash of the same algorithm and
     * cost. Counted rather than timed, so that a busy machine cannot make it fail.
     */
    @Test
    void everyRefusedSignInCostsOneHashOfTheSameCostWhateverTheAccount() {
        String holder = uniqueEmail("porteuse");
        accounts.projectHolderAccount(holder, "Porteuse de test").orElseThrow();
        String disabled = uniqueEmail("partie");
        accounts.update(user(disabled, Role.ADVISOR), "Personne partie", Set.of(Role.ADVISOR), false);
        String staff = uniqueEmail("conseil");
        user(staff, Role.ADVISOR);
        CountingEncoder encoder = new CountingEncoder(passwordEncoder);
        ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(users, encoder, throttle);

        refused(provider, uniqueEmail("inconnu"), PASSWORD);
        refused(provider, holder, PASSWORD);
        refused(provider, disabled, PASSWORD);
        refused(provider, staff, "mauvais mot de passe");

        assertThat(encoder.hashesCompared).hasSize(4);
        String realHash = jdbc.sql("select password_hash from user_account where email = :email")
                .param("email", staff)
                .query(String.class)
                .single();
        assertThat(encoder.hashesCompared)
                .allSatisfy(hash -> assertThat(hash).startsWith(realHash.substring(0, realHash.lastIndexOf('$'))));
    }

    private static void refused(AuthenticationProvider provider, String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(attempt))
                .as(email)
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    /** The application's encoder, noting each hash a password is compared with. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final List<String> hashesCompared = new ArrayList<>();

        CountingEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence password) {
            return encoder.encode(password);
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            hashesCompared.add(String.valueOf(hash));
            return encoder.matches(password, hash);
        }
    }
}
