package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.directory.internal.StaleDigest;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The monthly digest of entries to check, read from GreenMail, and the confirmation that an entry is up to date. */
@PlatformTest
class StaleDigestTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    @Autowired
    StaleDigest digest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    DirectoryFixtures fixtures;
    UUID looked;
    UUID orphan;
    UUID fresh;
    String advisor;
    String coordinator;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void entries() {
        fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID drome = fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26");
        looked = fixtures.published(
                "Suivie " + UUID.randomUUID(), OrganisationKind.SUPPORT_STRUCTURE, Family.FUND, "Suivie.", drome);
        orphan = fixtures.published(
                "Orpheline " + UUID.randomUUID(), OrganisationKind.FUNDER, Family.FUND, "Sans compte.", drome);
        fresh = fixtures.published(
                "Fraîche " + UUID.randomUUID(), OrganisationKind.FUNDER, Family.FUND, "Vérifiée.", drome);
        fixtures.scheme(looked, "Prêt suivi " + UUID.randomUUID(), SchemeType.PRET, SchemeCalendar.ALWAYS, null, null);
        jdbc.sql("update organisation set last_verified_on = :old where id in (:a, :b)")
                .param("old", today.minusMonths(8))
                .param("a", looked)
                .param("b", orphan)
                .update();
        jdbc.sql("update scheme set last_verified_on = :old where organisation_id = :a")
                .param("old", today.minusMonths(7))
                .param("a", looked)
                .update();
        advisor = Sessions.uniqueEmail("veille");
        Sessions.user(accounts, advisor, Role.ADVISOR, looked);
        coordinator = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(email);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private String name(UUID organisation) {
        return organisations.find(organisation).orElseThrow().name();
    }

    @Test
    void ownersGetTheirStaleEntriesAndCoordinatorsThoseNobodyLooksAfter() throws Exception {
        assertThat(digest.send(today)).isGreaterThanOrEqualTo(2);

        List<MimeMessage> toAdvisor = mailsTo(advisor);
        assertThat(toAdvisor).hasSize(1);
        assertThat(toAdvisor.get(0).getSubject()).isEqualTo("Annuaire Passerelle\u00a0: 2 fiches à vérifier");
        String body = body(toAdvisor.get(0));
        assertThat(body)
                .contains(name(looked))
                .contains("Prêt suivi")
                .contains("http://localhost/annuaire/structures/" + looked)
                .doesNotContain(name(orphan))
                .doesNotContain(name(fresh));

        String toCoordinator = body(mailsTo(coordinator).get(0));
        assertThat(toCoordinator)
                .contains(name(orphan))
                .doesNotContain(name(looked))
                .doesNotContain(name(fresh));
    }

    @Test
    void eachDigestGoesOnceAMonthWhateverTheRuns() throws Exception {
        ScheduledJobs.runTwiceAtOnce(context, StaleDigest.class, "everyMorning");
        ScheduledJobs.run(context, StaleDigest.class, "everyMorning");
        assertThat(mailsTo(advisor)).hasSize(1);
        // A month later, this month's digest is last month's.
        jdbc.sql("update stale_digest_sent set period = :before where email = :email")
                .param(
                        "before",
                        java.time.YearMonth.now(ZoneId.of("Europe/Paris"))
                                .minusMonths(1)
                                .toString())
                .param("email", advisor)
                .update();
        ScheduledJobs.run(context, StaleDigest.class, "everyMorning");
        assertThat(mailsTo(advisor)).hasSize(2);
    }

    @Test
    void theOwnerConfirmsTheEntryIsUpToDate() throws Exception {
        Cookie session = Sessions.signIn(mvc, advisor);
        mvc.perform(get("/annuaire/structures/" + looked).cookie(session))
                .andExpect(content().string(Matchers.containsString("Confirmer que la fiche est à jour")));
        mvc.perform(post("/annuaire/structures/" + looked + "/verifier")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/annuaire/structures/" + looked))
                .andExpect(flash().attribute("notice", "directory.verified"));
        assertThat(organisations.find(looked).orElseThrow().lastVerifiedOn()).isEqualTo(today);
        assertThat(schemes.ofOrganisation(looked, true))
                .allSatisfy(s -> assertThat(s.lastVerifiedOn()).isEqualTo(today));

        digest.send(today);
        assertThat(mailsTo(advisor)).isEmpty();
    }

    @Test
    void noOneElseMayConfirmIt() throws Exception {
        Cookie otherAdvisor = Sessions.signIn(mvc, advisorOf(orphan));
        mvc.perform(post("/annuaire/structures/" + looked + "/verifier")
                        .cookie(otherAdvisor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/annuaire/structures/" + looked + "/verifier").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
        assertThat(organisations.find(looked).orElseThrow().lastVerifiedOn()).isEqualTo(today.minusMonths(8));
    }

    private String advisorOf(UUID organisation) {
        String email = Sessions.uniqueEmail("autre");
        Sessions.user(accounts, email, Role.ADVISOR, organisation);
        return email;
    }
}
