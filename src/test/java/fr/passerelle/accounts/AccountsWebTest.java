package fr.passerelle.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.testing.PlatformTest;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Tests of the accounts module through HTTP, as a browser would: real sign-in, the session cookie
 * sent back, CSRF tokens. Each test uses its own addresses so that throttling counts stay apart.
 */
@PlatformTest
abstract class AccountsWebTest {

    static final String PASSWORD = "une phrase de passe solide";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    /** A fresh e-mail address and client address for one test. */
    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10.1." + (n / 250) + "." + (n % 250 + 1);
    }

    UUID user(String email, Role... roles) {
        return accounts.createWithPassword(email, "Personne de test", Set.of(roles), PASSWORD)
                .orElseThrow();
    }

    /** Where that user lands after signing in: a professional on their page of work, a holder on their space. */
    String landing(String email) {
        return accounts.findByEmail(email).orElseThrow().roles().stream().anyMatch(role -> role != Role.PROJECT_HOLDER)
                ? "/mon-travail"
                : "/espace";
    }

    MvcResult signInAttempt(String email, String password, String address) throws Exception {
        return mvc.perform(post("/connexion")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    /** Signs in with e-mail and password and returns the session cookie, as a browser keeps it. */
    Cookie signIn(String email) throws Exception {
        MvcResult result = signInAttempt(email, PASSWORD, uniqueAddress());
        Cookie cookie = result.getResponse().getCookie("PASSERELLE_SESSION");
        if (cookie == null || !landing(email).equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError(
                    "Sign-in failed for " + email + ": " + result.getResponse().getRedirectedUrl());
        }
        return cookie;
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Cookie session) {
        return request.cookie(session);
    }
}
