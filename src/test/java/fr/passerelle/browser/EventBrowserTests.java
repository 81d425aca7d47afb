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
}
