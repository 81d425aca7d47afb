package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.internal.AccountRejectedException;
import fr.passerelle.accounts.internal.AccountTokens;
import fr.passerelle.accounts.internal.TokenPurpose;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounts module on its own: links that work once, reset e-mails only for real accounts, holder accounts. */
@ModuleTest
@Import(AccountsModuleTests.NoOrganisations.class)
class AccountsModuleTests {

    private static final String NEW_PASSWORD = "une autre phrase de passe solide";

    @Autowired
    Accounts accounts;

    @Autowired
    AccountTokens tokens;

    @Autowired
    SentEmails emails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResetLinkIsVoidOnceUsed() {
        UUID user = Sessions.user(accounts, Sessions.uniqueEmail("reset"), Role.ADVISOR);
        String token = tokens.issue(user, TokenPurpose.PASSWORD_RESET);

        assertThat(accounts.linkValid(token, false)).isTrue();
        assertThat(accounts.linkValid(token, true)).isFalse();
        assertThat(accounts.choosePassword(token, false, NEW_PASSWORD)).isTrue();
        assertThat(accounts.linkValid(token, false)).isFalse();
        assertThat(accounts.choosePassword(token, false, NEW_PASSWORD)).isFalse();
    }

    @Test
    void aNewerResetLinkVoidsTheOlderOne() {
        UUID user = Sessions.user(accounts, Sessions.uniqueEmail("deux-liens"), Role.ADVISOR);
        String older = tokens.issue(user, TokenPurpose.PASSWORD_RESET);
        String newer = tokens.issue(user, TokenPurpose.PASSWORD_RESET);

        assertThat(accounts.choosePassword(older, false, NEW_PASSWORD)).isFalse();
        assertThat(accounts.choosePassword(newer, false, NEW_PASSWORD)).isTrue();
    }

    @Test
    void anExpiredLinkNoLongerSetsAPassword() {
        UUID user = Sessions.user(accounts, Sessions.uniqueEmail("perime"), Role.ADVISOR);
        String token = tokens.issue(user, TokenPurpose.PASSWORD_RESET, Duration.ofSeconds(-1));

        assertThat(accounts.linkValid(token, false)).isFalse();
        assertThat(accounts.choosePassword(token, false, NEW_PASSWORD)).isFalse();
    }

    @Test
    void aResetIsMailedToAnActiveAccountOnlyAndSaysNothingOtherwise() {
        String email = Sessions.uniqueEmail("oubli");
        UUID user = Sessions.user(accounts, email, Role.ADVISOR);
        String unknown = Sessions.uniqueEmail("inconnu");

        accounts.requestPasswordReset(email, Locale.FRENCH);
        accounts.requestPasswordReset(unknown, Locale.FRENCH);

        assertThat(emails.to(email)).singleElement().satisfies(mail -> assertThat(mail.body())
                .containsPattern("https?://\\S+"));
        assertThat(emails.to(unknown)).isEmpty();

        accounts.update(user, "Personne de test", Set.of(Role.ADVISOR), false);
        accounts.requestPasswordReset(email, Locale.FRENCH);
        assertThat(emails.to(email)).hasSize(1);
    }

    @Test
    void aChangeOfRolesOrOfBeingEnabledEndsTheUsersSessionsAndAChangeOfNameAloneKeepsThem() {
        String email = Sessions.uniqueEmail("sessions");
        UUID user = Sessions.user(accounts, email, Role.COORDINATOR);
        openSession(email);

        accounts.update(user, "Nouveau nom", Set.of(Role.COORDINATOR), true);
        assertThat(openSessions(email)).isEqualTo(1);

        accounts.update(user, "Nouveau nom", Set.of(Role.ADVISOR), true);
        assertThat(openSessions(email)).isZero();

        openSession(email);
        accounts.update(user, "Nouveau nom", Set.of(Role.ADVISOR), false);
        assertThat(openSessions(email)).isZero();
    }

    @Test
    void aMembershipOfAnOrganisationTheCatalogDoesNotKnowIsRefused() {
        UUID user = Sessions.user(accounts, Sessions.uniqueEmail("membre"), Role.ADVISOR);

        assertThatThrownBy(() -> accounts.addMembership(user, UUID.randomUUID()))
                .isInstanceOf(AccountRejectedException.class);
        assertThat(accounts.find(user).orElseThrow().organisationIds()).isEmpty();
    }

    @Test
    void aStaffAddressNeverBecomesAHolderAccount() {
        String staff = Sessions.uniqueEmail("equipe");
        Sessions.user(accounts, staff, Role.COORDINATOR);
        String holder = Sessions.uniqueEmail("porteuse");

        assertThat(accounts.projectHolderAccount(staff, "Équipe")).isEmpty();
        UUID created = accounts.projectHolderAccount(holder, "Porteuse").orElseThrow();
        assertThat(accounts.projectHolderAccount(holder, "Porteuse")).contains(created);
        assertThat(accounts.find(created).orElseThrow().roles()).containsExactly(Role.PROJECT_HOLDER);
    }

    /** A session of Spring Session's store, as signing in leaves one. */
    private void openSession(String email) {
        long now = System.currentTimeMillis();
        jdbc.sql(
                        """
                        insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                                                    max_inactive_interval, expiry_time, principal_name)
                        values (:primary, :session, :now, :now, 1800, :expiry, :email)
                        """)
                .param("primary", UUID.randomUUID().toString())
                .param("session", UUID.randomUUID().toString())
                .param("now", now)
                .param("expiry", now + 1_800_000)
                .param("email", email)
                .update();
    }

    private long openSessions(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** The directory, which owns the organisations, is not part of this context: there are none. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NoOrganisations {

        @Bean
        OrganisationCatalog organisationCatalog() {
            return new OrganisationCatalog() {
                @Override
                public List<OrganisationRef> all() {
                    return List.of();
                }

                @Override
                public Optional<OrganisationRef> find(UUID id) {
                    return Optional.empty();
                }
            };
        }
    }
}
