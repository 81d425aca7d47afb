package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.RegistrationDraft;
import fr.passerelle.events.Registrations;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A visitor registers for the last place of a session from a phone (one mistake on the way), receives the e-mail
 * with the event as a calendar file that a calendar library reads, cancels from the e-mail's link, and the first
 * person on the waiting list gets the place and is told.
 */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class EventBrowserTests extends BrowserTest {

    private static final Pattern CANCEL = Pattern.compile("(http\\S+/agenda/inscriptions/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Test
    void aVisitorRegistersCancelsAndTheWaitlistedPersonIsPromoted() throws Exception {
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
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("vous êtes inscrit·e");

        registrations.register(event, new RegistrationDraft("Sam Attente", waiting, null, null, Map.of(), true));
        Mails.awaitMail(greenMail, waiting, "Liste d’attente");

        MimeMessage confirmation = Mails.awaitMail(greenMail, visitor, "Inscription confirmée");
        Calendar calendar = calendar(confirmation);
        org.assertj.core.api.Assertions.assertThat(calendar.getComponents("VEVENT"))
                .hasSize(1);
        org.assertj.core.api.Assertions.assertThat(calendar.toString()).contains(title);
        Matcher link = CANCEL.matcher(body(confirmation));
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        page.navigate(url(link.group(1).replaceFirst("^https?://[^/]+", "")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler mon inscription"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Votre inscription est annulée");
        screenshot("event-registration-cancelled");

        org.assertj.core.api.Assertions.assertThat(body(Mails.awaitMail(greenMail, waiting, "Une place s’est libérée")))
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
        registrations.register(event, new RegistrationDraft("Rémi Durand", registrant, null, null, Map.of(), true));
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
        assertThat(page.getByText("La jauge est d’au moins une personne.")).isVisible();
        screenshot("event-edit-error");
        page.getByLabel("Jauge").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.getByText("Événement modifié ; les personnes inscrites sont prévenues par e-mail."))
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
        UUID id = jdbc.sql(
                        """
                        insert into event (kind, title, programme, audience, mode, place, capacity, starts_at)
                        values ('atelier', :title, 'Un atelier pratique.', 'Agents d’accueil.', 'sur_place',
                                'Die, salle des fêtes', 1, :start)
                        returning id
                        """)
                .param("title", title)
                .param("start", start)
                .query(UUID.class)
                .single();
        jdbc.sql("insert into event_slot values (:id, 1, :start, :end)")
                .param("id", id)
                .param("start", start)
                .param("end", start.plusHours(3))
                .update();
        return id;
    }

    /** The text of a mail, however deep its parts nest. */
    private static String body(MimeMessage mail) throws Exception {
        return text(mail.getContent());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof MimeMultipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() == null) {
                    text.append(text(part.getContent()));
                }
            }
            return text.toString();
        }
        return content.toString();
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(Mails.attachment(mail, "evenement.ics")));
    }
}
