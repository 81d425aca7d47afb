package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor registers for the last place of a session from a phone (one mistake on the way), is asked to confirm by
 * the e-mailed link within 30 minutes, confirms with one click, receives the event as a calendar file that a calendar
 * library reads, cancels from the e-mail's link, and the first person on the waiting list gets the place and is told.
 */
class EventBrowserTests extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aVisitorRegistersConfirmsFromTheEmailCancelsAndTheWaitlistedPersonIsPromoted() throws Exception {
        OffsetDateTime start = OffsetDateTime.now().plusDays(15).withNano(0);
        String title = "Atelier accueil " + UUID.randomUUID().toString().substring(0, 4);
        UUID event = publish(title, start);
        String visitor = "visiteuse-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
        String waiting = "attente-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";

        page.setViewportSize(390, 844);
        page.navigate(url("/agenda/" + event));
        assertThat(page.locator("#inscription")).containsText("Il reste 1 place sur 1");
        page.getByLabel("Nom et prénom").fill("Léa Martin");
        page.getByLabel("Adresse e-mail").fill(visitor);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire"))
                .click();
        assertThat(page.locator("#inscription")).containsText("Cochez la case pour accepter");
        assertThat(page.getByLabel("Nom et prénom")).hasValue("Léa Martin");
        screenshot("event-registration-error");
        page.getByLabel("J’accepte que mes nom").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText(
                        "Confirmez votre inscription en cliquant sur le lien reçu par e-mail dans les 30 minutes");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(visitor);
        screenshot("event-registration-held");

        MimeMessage held = Mails.awaitMail(greenMail, visitor, "Confirmez votre inscription");
        page.navigate(url(Mails.link(held, "/confirmer")));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("C’est confirmé");
        assertThat(page.locator(".badge")).containsText("Inscription confirmée");
        screenshot("event-registration-confirmed");

        RegistrationReceipt sam = registrations.register(
                event, new RegistrationDraft("Sam Attente", waiting, null, null, Map.of(), true));
        registrations.confirm(sam.token());
        Mails.awaitMail(greenMail, waiting, "Liste d’attente");

        MimeMessage confirmation = Mails.awaitMail(greenMail, visitor, "Inscription confirmée");
        Calendar calendar = calendar(confirmation);
        org.assertj.core.api.Assertions.assertThat(calendar.getComponents("VEVENT"))
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThat(calendar.toString()).contains(title);
        page.navigate(url(Mails.link(confirmation, "")));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuler mon inscription"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oui, annuler mon inscription"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre inscription est annulée");
        screenshot("event-registration-cancelled");

        org.assertj.core.api.Assertions.assertThat(
                        Mails.text(Mails.awaitMail(greenMail, waiting, "Une place s’est libérée")))
                .contains(title);
    }

    @Test
    void aCoordinatorMovesAnEventAndTheMonthViewAndTheRegistrantFollow() throws Exception {
        OffsetDateTime start = OffsetDateTime.now()
                .plusDays(35)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        String title = "Atelier déplacé " + UUID.randomUUID().toString().substring(0, 4);
        UUID event = publish(title, start);
        String registrant = Sessions.uniqueEmail("deplace");
        registrations.confirm(registrations
                .register(event, new RegistrationDraft("Rémi Durand", registrant, null, null, Map.of(), true))
                .token());
        String coordinator = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.navigate(url("/agenda/" + event));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier"))
                .click();
        assertThat(page.getByLabel("Titre")).hasValue(title);
        LocalDate later = start.toLocalDate().plusDays(7);
        page.getByLabel("Créneau 1 : date").fill(later.toString());
        page.getByLabel("Jauge").fill("0");
        page.getByLabel("Élus").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.locator("#capacity-error")).hasText("La jauge est d’au moins une personne.");
        assertThat(page.locator("[data-error-summary]")).containsText("La jauge est d’au moins une personne.");
        screenshot("event-edit-error");
        page.getByLabel("Jauge").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.getByText("Événement modifié\u00a0; les personnes inscrites sont prévenues par e-mail."))
                .isVisible();
        assertThat(page.locator(".hit-tags")).containsText("Élus");

        page.navigate(url("/agenda?vue=mois&month=" + YearMonth.from(later)));
        assertThat(page.locator("table.calendar")).containsText(title);
        screenshot("agenda-month");
        Calendar moved = calendar(Mails.awaitMail(greenMail, registrant, "Changement"));
        org.assertj.core.api.Assertions.assertThat(moved.toString()).contains("SEQUENCE:1");
    }

    /** A one-place workshop in the agenda, as a coordinator would have published it. */
    private UUID publish(String title, OffsetDateTime start) {
        return events.record(new EventDraft(
                EventKind.ATELIER,
                title,
                "Un atelier pratique.",
                "Agents d’accueil.",
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die, salle des fêtes",
                null,
                null,
                1,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of()));
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        return fr.passerelle.testing.Calendars.strictlyValid(Mails.attachment(mail, "evenement.ics"));
    }

    @Test
    void anOrganiserChecksInAtTheDoorFromAPhoneWithTheTypedCodeAfterAWrongOne() throws Exception {
        OffsetDateTime start = OffsetDateTime.now().plusDays(3).withNano(0);
        String title = "Session d’information " + UUID.randomUUID().toString().substring(0, 4);
        UUID event = events.record(new EventDraft(
                EventKind.SESSION_INFORMATION,
                title,
                "Une matinée d’information.",
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Crest, maison des services",
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of()));
        String visitor = Sessions.uniqueEmail("pointee");
        registrations.register(event, new RegistrationDraft("Nina Pointée", visitor, null, null, Map.of(), true));
        String text = Mails.text(Mails.awaitMail(greenMail, visitor, "Inscription confirmée"));
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile(
                        "ce code[\\s\u00a0\u202f]*: ([0-9A-Z]{5}-[0-9A-Z]{5})")
                .matcher(text);
        org.assertj.core.api.Assertions.assertThat(printed.find()).isTrue();
        // The event began an hour ago: the door is open.
        jdbc.sql(
                        """
                        update event_slot set starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours'
                        where event_id = :id
                        """)
                .param("id", event)
                .update();
        jdbc.sql("update event set starts_at = now() - interval '1 hour' where id = :id")
                .param("id", event)
                .update();
        String coordinator = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.setViewportSize(390, 844);
        page.navigate(url("/agenda/" + event + "/participants"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pointage à l’entrée"))
                .click();
        page.getByLabel("Code de pointage").fill("AAAAA-BBBBB");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Pointer").setExact(true))
                .click();
        assertThat(page.locator("#code-error")).containsText("Code inconnu");
        assertThat(page.getByLabel("Code de pointage")).hasValue("AAAAA-BBBBB");
        screenshot("checkin-wrong-code-phone");
        page.getByLabel("Code de pointage").fill(printed.group(1).toLowerCase(java.util.Locale.ROOT));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Pointer").setExact(true))
                .click();
        assertThat(page.locator("#checkin-answer")).containsText("Nina Pointée");
        assertThat(page.locator("#checked-title")).containsText("Une personne pointée");
        screenshot("checkin-done-phone");
        page.getByLabel("Code de pointage").fill(printed.group(1));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Pointer").setExact(true))
                .click();
        assertThat(page.locator("#code-error")).containsText("déjà pointé");

        page.navigate(url("/agenda/" + event + "/participants"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Attestation de présence de Nina Pointée (PDF)")))
                .isVisible();
        screenshot("participants-checked-in");
    }

    @Test
    void aVisitorTicksTheSessionsTheyComeToAndAnOrganiserGivesASessionItsPlaces() throws Exception {
        String coordinator = Sessions.uniqueEmail("coordination-seances");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        LocalDate day = LocalDate.now().plusDays(21);
        page.navigate(url("/agenda/nouvel-evenement"));
        page.getByLabel("Atelier", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Sur place", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Titre")
                .fill("Journée en deux temps " + UUID.randomUUID().toString().substring(0, 4));
        page.getByLabel("Créneau 1 : date").fill(day.toString());
        page.locator("[id='slots[0].start']").fill("09:00");
        page.locator("[id='slots[0].end']").fill("12:30");
        page.locator("[id='slots[0].capacity']").fill("douze");
        page.getByLabel("Créneau 2 : date").fill(day.toString());
        page.locator("[id='slots[1].start']").fill("14:00");
        page.locator("[id='slots[1].end']").fill("17:00");
        page.locator("[id='slots[1].capacity']").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier"))
                .click();
        assertThat(page.locator("#slots")).containsText("Les places d’un créneau s’écrivent en chiffres");
        screenshot("event-form-session-capacity-error");
        page.locator("[id='slots[0].capacity']").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier"))
                .click();
        assertThat(page.locator("#inscription")).containsText("Séances auxquelles vous vous inscrivez");
        String address = page.url();
        page.context().clearCookies();

        page.setViewportSize(390, 844);
        page.navigate(address);
        assertThat(page.locator("#sessions")).containsText("12 places restantes sur 12");
        page.getByLabel("Nom et prénom").fill("Paul Deux-Temps");
        page.getByLabel("Adresse e-mail").fill(Sessions.uniqueEmail("deux-temps"));
        page.getByLabel("J’accepte que mes nom").check();
        page.locator("#sessions input[type=checkbox]").nth(0).uncheck();
        page.locator("#sessions input[type=checkbox]").nth(1).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire"))
                .click();
        assertThat(page.locator("#inscription")).containsText("Cochez au moins une séance.");
        screenshot("event-registration-no-session-phone");
        page.locator("#sessions input[type=checkbox]").nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Confirmez votre inscription");
        page.navigate(address);
        assertThat(page.locator("#sessions")).containsText("complet, liste d’attente");
        screenshot("event-registration-sessions-phone");

        // The afternoon is cancelled on its own, with a reason; the morning, left alone, is the event's to cancel.
        page.setViewportSize(1280, 900);
        signIn(coordinator, Sessions.PASSWORD);
        page.navigate(address + "/participants");
        page.locator("#session-reason-1").fill("L’intervenante de l’après-midi ne peut plus venir.");
        page.locator("#seances form").nth(1).getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La séance est annulée");
        assertThat(page.locator("#seances tbody tr").nth(1)).containsText("14h00 – 17h00");
        assertThat(page.locator("#seances tbody tr").nth(1)).containsText("séance annulée");
        screenshot("participants-session-cancelled");
        page.locator("#seances form").nth(0).getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#session-reason-0-error")).containsText("annulez plutôt l’événement");
        screenshot("participants-last-session-refused");
        page.navigate(address);
        assertThat(page.locator("main")).containsText("séance annulée");
        assertThat(page.locator("#sessions input[type=checkbox]")).hasCount(1);
    }
}
