package fr.passerelle.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Users made for a test, signed in through the real sign-in form; the session cookie comes back. */
public final class Sessions {

    public static final String PASSWORD = "une phrase de passe solide";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    /** The roles of the users made here, so that signing in checks each lands on their own page. */
    private static final java.util.Map<String, Role> ROLES = new java.util.concurrent.ConcurrentHashMap<>();

    private Sessions() {}

    /** The national level (an administrator), who reaches every network's entries, for reading queues in tests. */
    public static fr.passerelle.accounts.AccountUser national() {
        return new fr.passerelle.accounts.AccountUser(
                UUID.randomUUID(),
                "national@passerelle.example",
                "Niveau national",
                java.util.Set.of(Role.ADMINISTRATOR),
                java.util.Set.of(),
                true,
                null);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    public static UUID user(Accounts accounts, String email, Role role, UUID... organisations) {
        UUID id = accounts.createWithPassword(email, "Personne de test", Set.of(role), PASSWORD)
                .orElseThrow();
        ROLES.put(email, role);
        for (UUID organisation : organisations) {
            accounts.addMembership(id, organisation);
        }
        return id;
    }

    /** A new member with that role (of the organisation of that name, if one is given), signed in. */
    public static Cookie member(
            MockMvc mvc,
            Accounts accounts,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            Role role,
            String organisation)
            throws Exception {
        String email = uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        if (organisation == null) {
            user(accounts, email, role);
        } else {
            user(
                    accounts,
                    email,
                    role,
                    jdbc.sql("select id from organisation where name = :name")
                            .param("name", organisation)
                            .query(UUID.class)
                            .single());
        }
        return signIn(mvc, email);
    }

    public static Cookie signIn(MockMvc mvc, String email) throws Exception {
        int n = ADDRESSES.incrementAndGet();
        MvcResult result = mvc.perform(post("/connexion")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("10.9." + (n / 250) + "." + (n % 250 + 1));
                            return request;
                        }))
                .andReturn();
        Cookie cookie = result.getResponse().getCookie("PASSERELLE_SESSION");
        String landed = result.getResponse().getRedirectedUrl();
        if (cookie == null || !landings(email).contains(landed)) {
            throw new AssertionError("Sign-in failed for " + email + ": sent to " + landed);
        }
        return cookie;
    }

    /**
     * Where a user may land after signing in: a professional on their page of work, a project holder on their space;
     * a user not made here (whose role this class does not know) on either.
     */
    private static java.util.List<String> landings(String email) {
        Role role = ROLES.get(email);
        if (role == null) {
            return java.util.List.of(WORK, SPACE);
        }
        return java.util.List.of(role == Role.PROJECT_HOLDER ? SPACE : WORK);
    }

    public static final String WORK = "/mon-travail";
    public static final String SPACE = "/espace";

    /** The account of that e-mail (a holder's, made at intake), signed in through an e-mailed sign-in link. */
    public static Cookie signInByLink(MockMvc mvc, Accounts accounts, String email) throws Exception {
        UUID userId = accounts.findByEmail(email).orElseThrow().id();
        String link = accounts.signInLink(userId, java.time.Duration.ofMinutes(5));
        String token =
                java.net.URLDecoder.decode(link.replaceAll(".*token=", ""), java.nio.charset.StandardCharsets.UTF_8);
        return mvc.perform(post("/connexion/lien/valider").param("token", token).with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("PASSERELLE_SESSION");
    }
}
