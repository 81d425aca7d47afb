package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.events.internal.ConfirmationDeadlines;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Seats of a capacity-limited event go to addresses that answer: a registration holds its seat until its person
 * clicks the e-mailed link, within the delay; made-up addresses never do, so their holds lapse and the seats go to
 * real people, through the job or as soon as someone registers. (That held and confirmed never exceed the capacity
 * while the job runs is {@link EventsModuleTests}'s.)
 */
@PlatformTest
class SeatHoldTests {

    private static final String LINK = "https://visio.example/salle-des-vrais-gens";

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private UUID event(int capacity) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(20).withNano(0);
        return events.record(new EventDraft(
                EventKind.ATELIER,
                "Atelier à places comptées " + UUID.randomUUID(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.HYBRIDE,
                "Nyons",
                null,
                LINK,
                capacity,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of()));
    }

    private RegistrationReceipt register(UUID event, String email) {
        return registrations.register(
                event, new RegistrationDraft("Personne " + email, email, null, null, Map.of(), true));
    }

    /** The delay of these addresses' registrations to the event passed a minute ago. */
    private void lapse(UUID event, String... emails) {
        jdbc.sql(
                        """
                        update registration set confirm_by = now() - interval '1 minute',
                                                created_at = created_at - interval '31 minutes'
                        where event_id = :event and email = any(:emails)
                        """)
                .param("event", event)
                .param("emails", emails)
                .update();
    }

    private String status(UUID event, String email) {
        return jdbc.sql("select status from registration where event_id = :event and email = :email")
                .param("event", event)
                .param("email", email)
                .query(String.class)
                .single();
    }

    /** Opens a mail's link as a browser does: the page it leads to, with the message it carries. */
    private String follow(String path) throws Exception {
        MvcResult clicked = mvc.perform(get(path)).andReturn();
        return mvc.perform(get(clicked.getResponse().getRedirectedUrl())
                        .cookie(clicked.getResponse().getCookie("PASSERELLE_SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void madeUpAddressesFreeTheirSeatsForTheWaitlistedOnceTheirDelayPasses() throws Exception {
        UUID event = event(2);
        String fake1 = "personne-" + UUID.randomUUID() + "@bidon.invalid";
        String fake2 = "personne-" + UUID.randomUUID() + "@bidon.invalid";
        assertThat(register(event, fake1).status()).isEqualTo(RegistrationStatus.HELD);
        assertThat(register(event, fake2).status()).isEqualTo(RegistrationStatus.HELD);
        String real = Sessions.uniqueEmail("vraie");
        String later = Sessions.uniqueEmail("tardive");
        assertThat(register(event, real).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(register(event, later).status()).isEqualTo(RegistrationStatus.WAITLISTED);

        // The real person confirms their address from the waiting list's e-mail; the later one has not yet.
        MimeMessage waiting = Mails.awaitMail(greenMail, real, "Liste d’attente");
        assertThat(Mails.text(waiting)).doesNotContain(LINK);
        mvc.perform(get(Mails.link(waiting, "/confirmer")))
                .andExpect(flash().attribute("notice", "registration.confirmation.waitlisted"));
        assertThat(status(event, real)).isEqualTo("waitlisted");

        lapse(event, fake1, fake2);
        ScheduledJobs.run(context, ConfirmationDeadlines.class, "everyMinute");

        assertThat(status(event, fake1)).isEqualTo("expired");
        assertThat(status(event, fake2)).isEqualTo("expired");
        assertThat(status(event, real)).isEqualTo("confirmed");
        assertThat(status(event, later)).isEqualTo("held");
        MimeMessage promoted = Mails.awaitMail(greenMail, real, "Une place s’est libérée");
        assertThat(Mails.attachment(promoted, "evenement.ics")).contains(LINK);
        MimeMessage offered = Mails.awaitMail(greenMail, later, "Une place s’est libérée pour vous");
        assertThat(Mails.text(offered)).contains("Confirmez-la avant").doesNotContain(LINK);
        mvc.perform(get(Mails.link(offered, "/confirmer")))
                .andExpect(flash().attribute("notice", "registration.confirmation.confirmed"));
        assertThat(status(event, later)).isEqualTo("confirmed");
        assertThat(registrations.taken(event)).isEqualTo(2);
    }

    @Test
    void aRealPersonGetsTheSeatOfALapsedHoldAtOnceAndConfirmsItFromTheEmail() throws Exception {
        UUID event = event(2);
        String fake1 = "personne-" + UUID.randomUUID() + "@bidon.invalid";
        String fake2 = "personne-" + UUID.randomUUID() + "@bidon.invalid";
        register(event, fake1);
        register(event, fake2);
        lapse(event, fake1, fake2);

        // No job has passed: registering lets the lapsed holds go first.
        String real = Sessions.uniqueEmail("vraie");
        assertThat(register(event, real).status()).isEqualTo(RegistrationStatus.HELD);
        MimeMessage held = Mails.awaitMail(greenMail, real, "Confirmez votre inscription");
        assertThat(Mails.text(held)).contains("Confirmez-la avant").doesNotContain(LINK);
        String confirm = Mails.link(held, "/confirmer");
        mvc.perform(get(confirm.replace("/confirmer", "")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*attend votre confirmation, jusqu’à \\d{2}h\\d{2}\\..*")));
        mvc.perform(get(confirm))
                .andExpect(redirectedUrl(confirm.replace("/confirmer", "")))
                .andExpect(flash().attribute("notice", "registration.confirmation.confirmed"));
        assertThat(status(event, real)).isEqualTo("confirmed");
        assertThat(Mails.attachment(Mails.awaitMail(greenMail, real, "Inscription confirmée"), "evenement.ics"))
                .contains(LINK);
        assertThat(follow(confirm)).contains("C’est confirmé").contains("Inscription confirmée");
        // A second click changes nothing and says the same.
        mvc.perform(get(confirm)).andExpect(flash().attribute("notice", "registration.confirmation.confirmed"));
        assertThat(status(event, fake1)).isEqualTo("expired");
    }

    @Test
    void theLinkOfAnExpiredHoldSaysSoInFrenchAndThePersonMayRegisterAgain() throws Exception {
        UUID event = event(3);
        String late = Sessions.uniqueEmail("retard");
        register(event, late);
        String confirm = Mails.link(Mails.awaitMail(greenMail, late, "Confirmez votre inscription"), "/confirmer");
        lapse(event, late);

        mvc.perform(get(confirm)).andExpect(flash().attribute("problem", "registration.confirmation.expired"));
        assertThat(status(event, late)).isEqualTo("expired");
        assertThat(follow(confirm))
                .contains("Le délai pour confirmer est passé")
                .contains("Non confirmée à temps")
                .contains("S’inscrire à nouveau");
        assertThat(registrations.cancel(confirm.replaceAll(".*/inscriptions/|/confirmer", "")))
                .isFalse();
        assertThat(register(event, late).status()).isEqualTo(RegistrationStatus.HELD);
    }
}
