package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.Registrations;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A waitlisted person cancels from their registration's page: the page asks first, in words that fit a place in the
 * queue. A coordinator reads a proposal's commune, website and proposer, and refuses it with a reason; an organiser
 * refuses a registration waiting for approval.
 */
class CancelAndModerationBrowserTests extends BrowserTest {

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    Directory directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    fr.passerelle.territory.Territories territories;

    @Test
    void aWaitlistedPersonIsAskedBeforeLeavingTheQueue() {
        UUID event = oneSeatEvent();
        RegistrationReceipt seat = registrations.register(event, person("place"));
        registrations.confirm(seat.token());
        RegistrationReceipt waiting = registrations.register(event, person("attente"));
        registrations.confirm(waiting.token());

        page.navigate(url("/agenda/inscriptions/" + waiting.token()));
        assertThat(page.locator(".card")).containsText("vous quittez la file");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuler mon inscription"))
                .click();
        assertThat(page.locator("h1")).hasText("Annuler votre inscription\u00a0?");
        assertThat(page.locator(".card")).containsText("si une place se libère elle ira à la personne suivante");
        screenshot("registration-cancel-waitlisted");
        page.setViewportSize(390, 844);
        screenshot("registration-cancel-waitlisted-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Non, rester sur la liste d’attente"))
                .click();
        assertThat(page.locator(".badge")).hasText("En liste d’attente");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuler mon inscription"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oui, annuler mon inscription"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("Votre inscription est annulée.");
        assertThat(page.locator(".badge")).hasText("Inscription annulée");
    }

    @Test
    void aCoordinatorSeesWhoProposedWhatAndRefusesWithAReason() {
        String name = "Ressourcerie proposée " + UUID.randomUUID().toString().substring(0, 4);
        directory.proposeOrganisation(proposal(name), "habitante@exemple.fr");
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/annuaire/moderation"));
        Locator item = page.locator(".hit").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(item).containsText("Die (26)");
        assertThat(item).containsText("https://ressourcerie.exemple.fr");
        assertThat(item).containsText("habitante@exemple.fr");
        item.scrollIntoViewIfNeeded();
        screenshot("moderation-proposal");
        page.setViewportSize(390, 844);
        screenshot("moderation-proposal-phone");
        page.setViewportSize(1280, 900);

        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser " + name))
                .click();
        item = page.locator(".hit").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(item.locator(".error-message"))
                .hasText("Donnez la raison du refus\u00a0: la personne qui a proposé la fiche la lira.");
        screenshot("moderation-reason-missing");
        item.getByLabel("Raison du refus").fill("Elle figure déjà dans l’annuaire sous son nom d’association.");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser " + name))
                .click();
        assertThat(page.locator(".alert-success")).hasText("La proposition est refusée.");
        assertThat(page.locator(".hit").filter(new Locator.FilterOptions().setHasText(name)))
                .hasCount(0);
    }

    @Test
    void anOrganiserRefusesAPendingRegistrationWithAReason() {
        UUID event = oneSeatEvent();
        jdbc.sql("update event set approval_required = true where id = :id")
                .param("id", event)
                .update();
        RegistrationDraft who = person("validation");
        registrations.register(event, who);
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/agenda/" + event + "/participants"));
        assertThat(page.locator(".alert-info")).containsText("La présence se note à partir du jour de l’événement");
        Locator pending = page.locator(".participant").filter(new Locator.FilterOptions().setHasText(who.email()));
        assertThat(pending).containsText("En attente de validation");
        screenshot("participants-pending");
        page.setViewportSize(390, 844);
        screenshot("participants-pending-phone");
        page.setViewportSize(1280, 900);
        pending.getByLabel("Raison du refus").fill("Cet atelier est réservé aux agents des territoires.");
        pending.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Refuser l’inscription de " + who.name()))
                .click();
        assertThat(page.locator(".alert-success"))
                .hasText("Inscription refusée\u00a0: la personne est prévenue par e-mail.");
        assertThat(page.locator(".participant").filter(new Locator.FilterOptions().setHasText(who.email())))
                .containsText("Inscription refusée");
    }

    private UUID oneSeatEvent() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(12).withNano(0);
        return events.record(new EventDraft(
                EventKind.ATELIER,
                "Atelier accueil des nouveaux habitants "
                        + UUID.randomUUID().toString().substring(0, 4),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die, salle polyvalente",
                "26113",
                null,
                1,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(2))),
                List.of()));
    }

    private static RegistrationDraft person(String who) {
        return new RegistrationDraft(
                "Camille " + who, who + "-" + UUID.randomUUID() + "@exemple.fr", null, null, Map.of(), true);
    }

    private OrganisationDraft proposal(String name) {
        UUID coverage = territories
                .officialPerimeter(fr.passerelle.territory.PerimeterKind.DEPARTEMENT, "26")
                .id();
        return new OrganisationDraft(
                name,
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.INFORM_ORIENT,
                SubKind.ACCOMPAGNATEUR_ESS,
                Area.RURAL,
                "Une ressourcerie qui forme des porteurs de projet au réemploi.",
                null,
                "https://ressourcerie.exemple.fr",
                null,
                null,
                "2 rue du Viaduc",
                "26113",
                44.75,
                5.37,
                List.of(),
                List.of(),
                List.of(Sector.AGRICULTURE_ALIMENTATION),
                List.of(coverage),
                null);
    }
}
