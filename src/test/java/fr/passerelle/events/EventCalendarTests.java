package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.internal.EventCalendar;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.RegistrationStatus;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.notifications.Email;
import fr.passerelle.testing.Calendars;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.Polling;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Registrants' calendars follow the organisers' changes: a session keeps its UID when its time changes, with a higher
 * SEQUENCE; a removed session or a cancelled event comes to them as an iTIP CANCEL of the same UIDs. Every file
 * passes ical4j's strict validation.
 */
@ModuleTest(extraIncludes = {"accounts", "contacts"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class EventCalendarTests {

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
    EventCalendar calendar;

    @Autowired
    SentEmails emails;

    private final OffsetDateTime start = OffsetDateTime.now().plusDays(20).withNano(0);

    /** An event of two sessions, a morning and an afternoon, with one person whose place is confirmed. */
    private UUID eventWithTwoSessions(String registrant) {
        UUID id = events.record(EventDrafts.withSlots(
                EventDrafts.of(EventKind.FORMATION, 20, start),
                List.of(
                        new Event.Slot(start, start.plusHours(3)),
                        new Event.Slot(start.plusHours(4), start.plusHours(7)))));
        RegistrationReceipt receipt =
                registrations.register(id, new RegistrationDraft("Léa Martin", registrant, null, null, Map.of(), true));
        assertThat(registrations.confirm(receipt.token())).isEqualTo(RegistrationStatus.CONFIRMED);
        return id;
    }

    private Event event(UUID id) {
        return events.event(id).orElseThrow();
    }

    private void update(UUID id, List<Event.Slot> sessions) {
        events.update(COORDINATOR, id, EventDrafts.withSlots(event(id).draft(), sessions));
    }

    @Test
    void aSessionMovedKeepsItsUidWithAHigherSequence() throws Exception {
        String registrant = Sessions.uniqueEmail("deplacee");
        UUID id = eventWithTwoSessions(registrant);
        String invitation = attachment(mail(registrant, "Inscription confirmée"), "evenement.ics");
        Calendar before = Calendars.strictlyValid(invitation);
        List<String> uids = uids(before);
        assertThat(uids).hasSize(2).doesNotHaveDuplicates();
        // The network's name, quoted as RFC 5545 writes a parameter value.
        assertThat(invitation).contains("ORGANIZER;CN=\"Passerelle\":mailto:ne-pas-repondre@passerelle.example");

        update(
                id,
                List.of(
                        new Event.Slot(start, start.plusHours(3)),
                        new Event.Slot(start.plusHours(5), start.plusHours(8))));

        Email changed = mail(registrant, "Changement");
        Calendar after = Calendars.strictlyValid(attachment(changed, "evenement.ics"));
        assertThat(uids(after)).isEqualTo(uids);
        assertThat(sequence(after.getComponents("VEVENT").get(1)))
                .isGreaterThan(sequence(before.getComponents("VEVENT").get(1)));
        assertThat(after.toString()).contains("DTSTART;TZID=Europe/Paris:" + paris(start.plusHours(5)));
        assertThat(changed.attachments())
                .extracting(Email.Attachment::filename)
                .containsExactly("evenement.ics", "code-pointage.png");
    }

    @Test
    void aRemovedSessionIsCancelledInTheRegistrantsCalendar() throws Exception {
        String registrant = Sessions.uniqueEmail("retiree");
        UUID id = eventWithTwoSessions(registrant);
        Calendar before =
                Calendars.strictlyValid(attachment(mail(registrant, "Inscription confirmée"), "evenement.ics"));
        List<String> uids = uids(before);

        update(id, List.of(new Event.Slot(start.plusHours(4), start.plusHours(7))));

        Email changed = mail(registrant, "Changement");
        assertThat(changed.body()).contains("Séance supprimée");
        Calendar kept = Calendars.strictlyValid(attachment(changed, "evenement.ics"));
        assertThat(uids(kept)).containsExactly(uids.get(1));
        Calendar cancel = Calendars.strictlyValid(attachment(changed, "annulation.ics"));
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(uids(cancel)).containsExactly(uids.get(0));
        VEvent cancelled = cancel.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(sequence(cancelled))
                .isGreaterThan(sequence(before.getComponents("VEVENT").get(0)));
        // The agenda's file no longer holds it.
        assertThat(uids(Calendars.strictlyValid(calendar.calendar("Agenda", List.of(event(id)), false))))
                .containsExactly(uids.get(1));
    }

    @Test
    void aCancelledEventIsCancelledSessionBySessionAndEveryRegistrantHearsIt() throws Exception {
        String registrant = Sessions.uniqueEmail("annulee");
        UUID id = eventWithTwoSessions(registrant);
        String held = Sessions.uniqueEmail("en-attente");
        registrations.register(id, new RegistrationDraft("Paul Roux", held, null, null, Map.of(), true));
        Calendar before =
                Calendars.strictlyValid(attachment(mail(registrant, "Inscription confirmée"), "evenement.ics"));

        assertThat(events.cancel(COORDINATOR, id, "La salle est fermée pour travaux."))
                .isTrue();
        assertThat(events.cancel(COORDINATOR, id, null)).isFalse();

        Email cancelled = mail(registrant, "Événement annulé");
        assertThat(cancelled.body()).contains("La salle est fermée pour travaux.");
        Calendar cancel = Calendars.strictlyValid(attachment(cancelled, "annulation.ics"));
        assertThat(uids(cancel)).isEqualTo(uids(before));
        for (VEvent session : cancel.<VEvent>getComponents("VEVENT")) {
            assertThat(session.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
            assertThat(sequence(session))
                    .isGreaterThan(sequence(before.getComponents("VEVENT").get(0)));
        }
        // The person still waiting to confirm hears it too, without a file for a calendar that never had it.
        assertThat(mail(held, "Événement annulé").attachments()).isEmpty();
        assertThat(event(id).status()).isEqualTo("cancelled");
        Calendar file = Calendars.strictlyValid(calendar.calendar("Agenda", List.of(event(id)), false));
        assertThat(file.<VEvent>getComponents("VEVENT")).allSatisfy(session -> assertThat(
                        session.getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED"));
    }

    /**
     * Texts with what RFC 5545 escapes (backslash, semicolon, comma, every kind of line break) and characters of two,
     * three and four octets: each physical line holds at most 75 octets without cutting a character, and a strict
     * reader gives the texts back as written (line breaks as LF).
     */
    @Test
    void longTextsAreEscapedAndFoldedAsAStrictReaderReadsThemBack() throws Exception {
        String programme = "Matinée : accueil, café; dossier C:\\nouveau\\; aides (« 5 000 € ») 🌾🌾🌾\r\n"
                + "Après-midi\rvisite du tiers-lieu\nde Die — ".repeat(6) + "fin";
        UUID id = events.record(EventDrafts.withTexts(
                EventDrafts.of(EventKind.FORMATION, 20, start),
                "Installation agricole, reprise; transmission C:\\n «Diois» "
                        .repeat(3)
                        .strip(),
                programme));
        Event event = event(id);

        String ics = calendar.calendar("Agenda, « Cap Rural »", List.of(event), false);

        List<String> lines = List.of(ics.split("\r\n", -1));
        assertThat(lines.get(lines.size() - 1)).as("the file ends with CR LF").isEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line)
                .isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(line -> line.startsWith(" ")).count())
                .as("the long lines are folded")
                .isGreaterThan(5);
        assertThat(ics).doesNotContain("\uFFFD").doesNotContain("?🌾").doesNotContain("\r\n \r\n");
        VEvent session =
                Calendars.strictlyValid(ics).<VEvent>getComponents("VEVENT").get(0);
        assertThat(session.getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo(event.programme().strip().replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(session.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(event.title());
    }

    @Test
    void anEmptyAgendaIsAValidCalendarToo() throws Exception {
        Calendar empty = Calendars.strictlyValid(calendar.calendar("Agenda", List.of(), false));
        assertThat(empty.getComponents("VEVENT")).isEmpty();
    }

    private Email mail(String address, String subjectPart) {
        boolean arrived =
                Polling.within(Duration.ofSeconds(10), Duration.ofMillis(50), () -> emails.to(address).stream()
                        .anyMatch(email -> email.subject().contains(subjectPart)));
        assertThat(arrived).as("a mail to %s about %s", address, subjectPart).isTrue();
        return emails.to(address).stream()
                .filter(email -> email.subject().contains(subjectPart))
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    private static String attachment(Email email, String name) {
        return email.attachments().stream()
                .filter(file -> file.filename().equals(name))
                .map(file -> new String(file.content(), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " attached to " + email.subject()));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(session -> session.getProperty("UID").orElseThrow().getValue())
                .toList();
    }

    private static int sequence(Object session) {
        return ((VEvent) session)
                .<Sequence>getProperty("SEQUENCE")
                .orElseThrow()
                .getSequenceNo();
    }

    private static String paris(OffsetDateTime moment) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                .format(moment.atZoneSameInstant(fr.passerelle.common.Paris.ZONE));
    }
}
