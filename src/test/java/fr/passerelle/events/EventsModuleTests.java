package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.events.internal.AttendanceCertificates;
import fr.passerelle.events.internal.CheckIns;
import fr.passerelle.events.internal.ConfirmationDeadlines;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.events.internal.RegistrationClosedException;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.events.internal.Registrations.RegistrationPromoted;
import fr.passerelle.events.internal.Registrations.RegistrationRecorded;
import fr.passerelle.notifications.Email;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events module on its own (with what it uses): registrations never overbook, wait their turn and are told when
 * a seat frees; they are taken only while registrations are open; an organiser cannot shrink an event under the
 * places taken.
 */
@ModuleTest(extraIncludes = {"accounts", "contacts"})
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

    @Autowired
    CheckIns checkIns;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AttendanceCertificates certificates;

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

    /**
     * The count of an address's attempts is not held while its registration waits for an event's seats: one address
     * (a venue's shared connection, a partner's server) registering people to two events, the first waiting for its
     * event's row, still registers the second at once. Counted inside the registration's transaction, the address's
     * row of the count stayed locked until that first one's commit.
     */
    @Test
    void anAddressWhoseRegistrationWaitsForOneEventStillRegistersToAnother() throws Exception {
        UUID busy = event(12);
        UUID other = event(12);
        String address = "192.0.2." + (1 + Math.abs(busy.hashCode() % 250));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // Another registration's turn on the busy event, holding its row until released.
            Future<?> turn = pool.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("select id from event where id = :id for update")
                        .param("id", busy)
                        .query()
                        .listOfRows();
                locked.countDown();
                await(release);
            }));
            locked.await();
            Future<RegistrationReceipt> waiting = pool.submit(() -> registrations.register(
                    busy,
                    new RegistrationDraft("Personne attendue", "attendue@exemple.fr", null, null, Map.of(), true),
                    address));
            while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                            .query(Integer.class)
                            .single()
                    == 0) {
                assertThat(waiting).isNotDone();
                Thread.onSpinWait();
            }

            Future<RegistrationReceipt> second = pool.submit(() -> registrations.register(
                    other,
                    new RegistrationDraft("Personne suivante", "suivante@exemple.fr", null, null, Map.of(), true),
                    address));

            // Not a measure of time: without an answer in that long, it waits for the busy event's turn.
            assertThat(second.get(20, TimeUnit.SECONDS).status()).isEqualTo(RegistrationStatus.HELD);
            assertThat(waiting).isNotDone();
            release.countDown();
            turn.get(30, TimeUnit.SECONDS);
            assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(RegistrationStatus.HELD);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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

    /** A morning (9h–12h30) and an afternoon (14h–17h) twenty days ahead, with these places (null: not counted). */
    private Event morningAndAfternoon(Integer morning, Integer afternoon) {
        OffsetDateTime day = inTwentyDays().withHour(9).withMinute(0).withSecond(0);
        UUID id = events.record(EventDrafts.ofSessions(
                EventKind.ATELIER,
                List.of(
                        new Event.Slot(day, day.plusMinutes(210), null, morning),
                        new Event.Slot(day.plusHours(5), day.plusHours(8), null, afternoon))));
        return events.event(id).orElseThrow();
    }

    private RegistrationReceipt register(Event event, String email, Event.Slot... sessions) {
        return registrations.register(
                event.id(),
                new RegistrationDraft(
                        "Personne " + email,
                        email,
                        null,
                        null,
                        Map.of(),
                        true,
                        java.util.Arrays.stream(sessions).map(Event.Slot::uid).toList()));
    }

    @Test
    void eachSessionSeatsAndWaitlistsOnItsOwnAndACancellationPromotesPerSession(AssertablePublishedEvents published) {
        Event event = morningAndAfternoon(1, 2);
        Event.Slot morning = event.slots().get(0);
        Event.Slot afternoon = event.slots().get(1);
        RegistrationReceipt both = register(event, Sessions.uniqueEmail("les-deux"), morning, afternoon);
        RegistrationReceipt morningOnly = register(event, Sessions.uniqueEmail("matin"), morning);
        RegistrationReceipt late = register(event, Sessions.uniqueEmail("tard"), morning, afternoon);
        List.of(both, morningOnly, late).forEach(receipt -> registrations.confirm(receipt.token()));

        assertThat(status(both)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(status(morningOnly))
                .as("the only session it chose is full")
                .isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(status(late)).as("a place in the afternoon").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.seatedSessions(late.id(), event)).containsExactly(afternoon.uid());
        assertThat(registrations.waitlistedSessions(late.id())).containsExactly(morning.uid());
        assertThat(registrations.sessionsLeft(event))
                .containsExactly(Map.entry(morning.uid(), 0), Map.entry(afternoon.uid(), 0));

        assertThat(registrations.cancel(both.token())).isTrue();
        assertThat(status(morningOnly)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(published)
                .contains(RegistrationPromoted.class)
                .matching(RegistrationPromoted::registrationId, morningOnly.id());
        assertThat(registrations.waitlistedSessions(late.id()))
                .as("the first waitlisted took the morning's place")
                .containsExactly(morning.uid());
        assertThat(registrations.sessionsLeft(event))
                .containsExactly(Map.entry(morning.uid(), 0), Map.entry(afternoon.uid(), 1));
    }

    @Test
    void aRegistrationNamesOneKnownSessionAtLeastAndAnEventOfOnePlaceCountStaysAsItWas() {
        Event event = morningAndAfternoon(5, null);
        assertThatThrownBy(() -> register(event, Sessions.uniqueEmail("aucune")))
                .isInstanceOf(EventRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("sessions", "registration.sessions.required")));
        Event.Slot gone = new Event.Slot(event.startsAt(), event.endsAt(), "ailleurs@exemple.fr", null);
        assertThatThrownBy(() -> register(event, Sessions.uniqueEmail("inconnue"), gone))
                .isInstanceOf(EventRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("sessions", "registration.sessions.unknown")));
        assertThat(registrations.taken(event.id())).isZero();

        RegistrationReceipt everySession = registrations.register(
                event.id(),
                new RegistrationDraft("Sans choix", Sessions.uniqueEmail("tout"), null, null, Map.of(), true));
        assertThat(everySession.status()).isEqualTo(RegistrationStatus.HELD);
        assertThat(registrations.seatedSessions(everySession.id(), event))
                .containsExactly(
                        event.slots().get(0).uid(), event.slots().get(1).uid());
        assertThat(register(event(null), Sessions.uniqueEmail("sans-places")).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void simultaneousRegistrationsToAMorningOfFourPlacesSeatExactlyFour() throws Exception {
        Event event = morningAndAfternoon(4, null);
        Event.Slot morning = event.slots().get(0);
        int attempts = 60;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationReceipt>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String email = Sessions.uniqueEmail("matinee-" + i);
            results.add(pool.submit(() -> {
                start.await();
                return register(event, email, morning);
            }));
        }
        start.countDown();
        int held = 0;
        for (Future<RegistrationReceipt> result : results) {
            if (result.get(1, TimeUnit.MINUTES).status() == RegistrationStatus.HELD) {
                held++;
            }
        }
        pool.shutdown();
        assertThat(held).isEqualTo(4);
        assertThat(registrations.sessionsLeft(event)).containsEntry(morning.uid(), 0);
        assertThat(jdbc.sql("select count(*) from registration_session where slot_uid = :uid and state = 'seated'")
                        .param("uid", morning.uid())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void theCodeOfTheConfirmationEmailChecksItsHolderInOncePerSessionAtItsEventOnly(Scenario scenario)
            throws Exception {
        Event event = morningAndAfternoon(null, null);
        Event.Slot morning = event.slots().get(0);
        Event.Slot afternoon = event.slots().get(1);
        String email = Sessions.uniqueEmail("pointee");
        String elsewhere = Sessions.uniqueEmail("ailleurs");
        List<RegistrationReceipt> receipts = new ArrayList<>();
        scenario.stimulate(() -> {
                    receipts.add(register(event, email, morning));
                    receipts.add(register(event(null), elsewhere));
                })
                .andWaitForStateChange(
                        () -> emails.to(email).size() + emails.to(elsewhere).size() == 2 ? 2 : null)
                .andVerify(ready -> assertThat(ready).isEqualTo(2));
        Email confirmation = emails.to(email).get(0);
        assertThat(confirmation.attachments())
                .extracting(Email.Attachment::filename)
                .containsExactly("evenement.ics", "code-pointage.png");
        String code = checkInCode(confirmation);
        String otherCode = checkInCode(emails.to(elsewhere).get(0));
        OffsetDateTime atTheDoor = event.startsAt();

        assertThat(checkIns.checkIn(COORDINATOR, event.id(), morning.uid(), "ZZZZZ-ZZZZZ", atTheDoor)
                        .outcome())
                .isEqualTo(CheckIns.Outcome.UNKNOWN);
        assertThat(checkIns.checkIn(COORDINATOR, event.id(), morning.uid(), otherCode, atTheDoor)
                        .outcome())
                .isEqualTo(CheckIns.Outcome.OTHER_EVENT);
        assertThat(checkIns.checkIn(COORDINATOR, event.id(), afternoon.uid(), code, atTheDoor)
                        .outcome())
                .as("a place in the morning only")
                .isEqualTo(CheckIns.Outcome.OTHER_SESSION);
        assertThatThrownBy(() -> checkIns.checkIn(COORDINATOR, event.id(), morning.uid(), code, atTheDoor.minusDays(1)))
                .isInstanceOf(EventRejectedException.class);
        String typed = " " + code.toLowerCase(java.util.Locale.ROOT).replace("-", " ") + " ";
        assertThat(checkIns.checkIn(COORDINATOR, event.id(), morning.uid(), typed, atTheDoor))
                .isEqualTo(new CheckIns.Answer(CheckIns.Outcome.CHECKED_IN, "Personne " + email));
        assertThat(checkIns.checkIn(COORDINATOR, event.id(), morning.uid(), code, atTheDoor)
                        .outcome())
                .isEqualTo(CheckIns.Outcome.ALREADY);
        assertThat(status(receipts.get(0))).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(jdbc.sql("select count(*) from registration where checkin_hash = :code")
                        .param("code", code.replace("-", ""))
                        .query(Integer.class)
                        .single())
                .as("the code is kept as its hash only")
                .isZero();
    }

    @Test
    void anAgentWhoDoesNotOrganiseTheEventChecksNobodyInAndGetsNoCertificate() {
        Event event = morningAndAfternoon(null, null);
        AccountUser agent = new AccountUser(
                UUID.randomUUID(), "agente@exemple.fr", "Agente", Set.of(Role.TERRITORY_AGENT), Set.of(), true, null);
        assertThatThrownBy(() -> checkIns.checkIn(
                        agent, event.id(), event.slots().get(0).uid(), "ABCDE-FGHJK", event.startsAt()))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> certificates.zip(agent, event.id())).isInstanceOf(EventNotFoundException.class);
    }

    @Test
    void theCertificateOfAPersonPresentNamesTheSessionsAttendedAndTheirHoursAndPassesVeraPdf(Scenario scenario)
            throws Exception {
        Event event = morningAndAfternoon(null, null);
        String email = Sessions.uniqueEmail("attestee");
        List<RegistrationReceipt> receipts = new ArrayList<>();
        scenario.stimulate(
                        () -> receipts.add(register(event, email, event.slots().toArray(Event.Slot[]::new))))
                .andWaitForStateChange(() -> emails.to(email))
                .andVerify(sent -> assertThat(sent).hasSize(1));
        String code = checkInCode(emails.to(email).get(0));
        checkIns.checkIn(COORDINATOR, event.id(), event.slots().get(0).uid(), code, event.startsAt());
        checkIns.checkIn(COORDINATOR, event.id(), event.slots().get(1).uid(), code, event.startsAt());

        byte[] pdf =
                certificates.of(COORDINATOR, event.id(), receipts.get(0).id()).orElseThrow();
        assertThat(fr.passerelle.programmes.PdfUa.failedRules(pdf)).isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(fr.passerelle.programmes.PdfUa.fontsNotEmbedded(document))
                    .isEmpty();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Attestation de présence", "Séances suivies", "3 h 30", "6 h 30");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Attestation de présence de Personne " + email + "\u00a0: " + event.title());
        }
        assertThat(certificates.forLink(receipts.get(0).token())).isPresent();
        assertThat(certificates.present(COORDINATOR, event.id()))
                .extracting(AttendanceCertificates.Present::id)
                .containsExactly(receipts.get(0).id());
    }

    /** The check-in code printed in a confirmation e-mail, the same as its QR image holds (read by ZXing). */
    private static String checkInCode(Email email) throws Exception {
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile(
                        "ce code[\\s\u00a0\u202f]*: ([0-9A-Z]{5}-[0-9A-Z]{5})")
                .matcher(email.body());
        assertThat(printed.find()).as("the code is printed in the e-mail").isTrue();
        byte[] png = email.attachments().stream()
                .filter(file -> file.contentType().equals("image/png"))
                .findFirst()
                .orElseThrow()
                .content();
        String scanned = fr.passerelle.testing.QrCodes.read(png);
        assertThat(scanned).isEqualTo(printed.group(1));
        return scanned;
    }
}
