package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.events.internal.ConfirmationDeadlines;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.events.internal.RegistrationClosedException;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.Registrations.RegistrationPromoted;
import fr.passerelle.events.internal.Registrations.RegistrationRecorded;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The events module on its own (with what it uses): registrations never overbook, wait their turn and are told when
 * a seat frees; they are taken only while registrations are open; an organiser cannot shrink an event under the
 * places taken.
 */
@ModuleTest(extraIncludes = "accounts")
@TestPropertySource(properties = "passerelle.demo-data=true")
class EventsModuleTests {

    private static final AccountUser COORDINATOR = new AccountUser(
            UUID.randomUUID(),
            "coordination@exemple.fr",
            "Coordination",
            Set.of(Role.COORDINATOR),
            Set.of(),
            true,
            null);

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    SentEmails emails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private UUID event(Integer capacity) {
        return events.record(EventDrafts.of(EventKind.ATELIER, capacity, inTwentyDays()));
    }

    private static OffsetDateTime inTwentyDays() {
        return OffsetDateTime.now().plusDays(20).withNano(0);
    }

    private RegistrationReceipt register(UUID event, String email) {
        return registrations.register(
                event, new RegistrationDraft("Personne " + email, email, null, null, Map.of(), true));
    }

    private RegistrationStatus status(RegistrationReceipt receipt) {
        return registrations.byToken(receipt.token()).orElseThrow().status();
    }

    @Test
    void aRegistrationIsPublishedAndThePersonIsAskedToConfirmTheirAddress(
            Scenario scenario, AssertablePublishedEvents published) {
        UUID event = event(10);
        String title = events.event(event).orElseThrow().title();
        String email = Sessions.uniqueEmail("inscrite");
        List<RegistrationReceipt> receipt = new ArrayList<>();

        scenario.stimulate(() -> receipt.add(register(event, email)))
                .andWaitForStateChange(() -> emails.to(email))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Confirmez votre inscription\u00a0: " + title);
                    assertThat(mail.body())
                            .contains("http://localhost/agenda/inscriptions/"
                                    + receipt.get(0).token() + "/confirmer");
                }));
        assertThat(receipt.get(0).status()).isEqualTo(RegistrationStatus.HELD);
        assertThat(published)
                .contains(RegistrationRecorded.class)
                .matching(RegistrationRecorded::registrationId, receipt.get(0).id());
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaitlistedWhoIsTold(Scenario scenario, AssertablePublishedEvents published) {
        UUID event = event(1);
        String title = events.event(event).orElseThrow().title();
        RegistrationReceipt first = register(event, Sessions.uniqueEmail("premiere"));
        String secondEmail = Sessions.uniqueEmail("seconde");
        RegistrationReceipt second = register(event, secondEmail);
        RegistrationReceipt third = register(event, Sessions.uniqueEmail("troisieme"));
        registrations.confirm(first.token());
        assertThat(registrations.confirm(second.token())).isEqualTo(RegistrationStatus.WAITLISTED);

        scenario.stimulate(() -> registrations.cancel(first.token()))
                .andWaitForStateChange(() -> emails.to(secondEmail).stream()
                        .filter(mail -> mail.subject().startsWith("Une place s’est libérée"))
                        .toList())
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.subject())
                        .isEqualTo("Une place s’est libérée\u00a0: " + title)));
        assertThat(published)
                .contains(RegistrationPromoted.class)
                .matching(RegistrationPromoted::registrationId, second.id());
        assertThat(status(second)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(status(third)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registrations.confirmed(event)).isEqualTo(1);
    }

    @Test
    void registrationsAreTakenOnlyWhileTheyAreOpen() {
        OffsetDateTime start = inTwentyDays();
        OffsetDateTime now = OffsetDateTime.now();
        UUID closed = events.record(EventDrafts.of(EventKind.ATELIER, 10, start, now.minusDays(3), now.minusDays(1)));
        UUID notYet = events.record(EventDrafts.of(EventKind.ATELIER, 10, start, now.plusDays(2), null));
        UUID started = events.record(EventDrafts.of(EventKind.ATELIER, 10, now.minusHours(1)));
        UUID open = events.record(EventDrafts.of(EventKind.ATELIER, 10, start, now.minusDays(1), now.plusDays(1)));

        for (UUID event : List.of(closed, notYet, started)) {
            assertThatThrownBy(() -> register(event, Sessions.uniqueEmail("trop-tot-ou-tard")))
                    .isInstanceOf(RegistrationClosedException.class);
            assertThat(registrations.taken(event)).isZero();
        }
        assertThat(register(open, Sessions.uniqueEmail("a-temps")).status()).isEqualTo(RegistrationStatus.HELD);
    }

    @Test
    void everyMistakeOfARegistrationIsListedAtOnce() {
        UUID event = event(10);

        assertThatThrownBy(() -> registrations.register(
                        event, new RegistrationDraft("L", "pas-une-adresse", "x".repeat(201), null, Map.of(), false)))
                .isInstanceOf(EventRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal)
                        .breaches().stream().map(Breach::field).toList())
                .isEqualTo(List.of("name", "email", "organisation", "consent"));
        assertThat(registrations.taken(event)).isZero();
    }

    @Test
    void theCapacityCannotFallUnderThePlacesTakenAndMorePlacesCallTheWaitlisted(Scenario scenario) {
        EventDraft draft = EventDrafts.of(EventKind.ATELIER, 2, inTwentyDays());
        UUID event = events.record(draft);
        register(event, Sessions.uniqueEmail("un"));
        register(event, Sessions.uniqueEmail("deux"));
        RegistrationReceipt waiting = register(event, Sessions.uniqueEmail("trois"));

        assertThatThrownBy(() -> events.update(COORDINATOR, event, EventDrafts.withCapacity(draft, 1)))
                .isInstanceOf(EventRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("capacity", "event.capacity.belowConfirmed", List.of(2))));
        scenario.stimulate(() -> events.update(COORDINATOR, event, EventDrafts.withCapacity(draft, 3)))
                .andWaitForEventOfType(RegistrationPromoted.class)
                .matchingMappedValue(RegistrationPromoted::registrationId, waiting.id())
                .toArriveAndVerify((promoted, told) -> {
                    assertThat(told)
                            .as("the dates and the place did not change")
                            .isFalse();
                    assertThat(status(waiting)).isEqualTo(RegistrationStatus.HELD);
                });
        assertThat(registrations.taken(event)).isEqualTo(3);
    }

    @Test
    void hundredsOfSimultaneousRegistrationsNeverHoldMoreThanTwelvePlaces() throws Exception {
        UUID event = event(12);
        int attempts = 150;
        // Twice the tests' four connections: more threads would only queue for a connection (3 s at most), not for
        // the event's row, where registrations take turns anyway.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationReceipt>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String email = "rush-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
            results.add(pool.submit(() -> {
                start.await();
                return register(event, email);
            }));
        }
        start.countDown();
        int held = 0;
        int waitlisted = 0;
        for (Future<RegistrationReceipt> result : results) {
            RegistrationStatus status = result.get().status();
            if (status == RegistrationStatus.HELD) {
                held++;
            } else if (status == RegistrationStatus.WAITLISTED) {
                waitlisted++;
            }
        }
        pool.shutdown();
        assertThat(held).isEqualTo(12);
        assertThat(waitlisted).isEqualTo(attempts - 12);
        assertThat(registrations.taken(event)).isEqualTo(12);
    }

    @Test
    void thirtySimultaneousRegistrationsHoldExactlyFiveSeatsWhileLapsedHoldsAreReleased() throws Exception {
        UUID event = event(5);
        List<String> fakes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fakes.add("rafale-" + i + "-" + UUID.randomUUID() + "@bidon.invalid");
            register(event, fakes.get(i));
        }
        lapse(event, fakes.toArray(String[]::new));

        List<RegistrationStatus> statuses = registerAtOnceWithTheJob(event, 30);

        assertThat(statuses).filteredOn(RegistrationStatus.HELD::equals).hasSize(5);
        assertThat(statuses).filteredOn(RegistrationStatus.WAITLISTED::equals).hasSize(25);
        assertThat(registrations.taken(event)).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from registration where event_id = :e and status = 'expired'")
                        .param("e", event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
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

    /** Registers that many new people at once while the job runs on two instances; what each became. */
    private List<RegistrationStatus> registerAtOnceWithTheJob(UUID event, int people) throws Exception {
        // Twice the tests' four connections: more threads would only queue for a connection (3 s at most), not for
        // the event's row, where registrations take turns anyway.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String email = Sessions.uniqueEmail("rafale-" + i);
            results.add(pool.submit(() -> {
                start.await();
                return register(event, email).status();
            }));
        }
        Future<?> job = pool.submit(() -> {
            start.await();
            ScheduledJobs.runTwiceAtOnce(context, ConfirmationDeadlines.class, "everyMinute");
            return null;
        });
        start.countDown();
        List<RegistrationStatus> statuses = new ArrayList<>();
        for (Future<RegistrationStatus> result : results) {
            statuses.add(result.get(1, TimeUnit.MINUTES));
        }
        job.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        return statuses;
    }
}
