package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At the 2016 stand, on a phone: the Pilat's agent counts a visitor with one tap (the tallies add up from 94) and
 * notes a lead for the Diois; the Diois's agent finds it among their leads, the Pilat's does not.
 */
class StandBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.events.Events events;

    @Autowired
    fr.passerelle.events.Stands stands;

    private String agentOf(String organisation) {
        String email = Sessions.uniqueEmail("stand");
        Sessions.user(
                accounts,
                email,
                Role.TERRITORY_AGENT,
                jdbc.sql("select id from organisation where name = :n")
                        .param("n", organisation)
                        .query(UUID.class)
                        .single());
        return email;
    }

    /** A stand held today by the Pilat Rhodanien and the Diois: its tally takes taps (a past one's no longer does). */
    private UUID standToday() {
        java.time.OffsetDateTime start =
                java.time.OffsetDateTime.now().minusMinutes(1).withNano(0);
        UUID stand = events.record(new fr.passerelle.events.internal.EventDraft(
                fr.passerelle.events.EventKind.STAND,
                "Stand partagé à la foire de Die "
                        + UUID.randomUUID().toString().substring(0, 4),
                null,
                null,
                java.util.List.of(),
                null,
                null,
                null,
                null,
                fr.passerelle.events.internal.EventMode.SUR_PLACE,
                "Die, champ de foire",
                "26113",
                null,
                null,
                null,
                null,
                false,
                java.util.List.of(),
                java.util.List.of(new fr.passerelle.events.Event.Slot(start, start.plusHours(8))),
                java.util.List.of()));
        stands.record(
                stand,
                java.util.List.of(
                        organisation("Communauté de communes du Pilat Rhodanien"),
                        organisation("Communauté de communes du Diois")));
        return stand;
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }

    @Test
    void aLeadCapturedForTheDioisReachesTheDioisOnly() {
        String pilat = agentOf("Communauté de communes du Pilat Rhodanien");
        String diois = agentOf("Communauté de communes du Diois");
        UUID stand = standToday();
        String interests = "Ouvrir une épicerie " + UUID.randomUUID().toString().substring(0, 4);

        page.setViewportSize(390, 844);
        signIn(pilat, Sessions.PASSWORD);
        page.navigate(url("/agenda/" + stand));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tenir le stand (comptages et pistes)"))
                .click();
        String before = page.locator("#tally-porteur_conseille .tally-count")
                .textContent()
                .strip();
        page.locator("#tally-porteur_conseille").click();
        assertThat(page.locator("#tally-porteur_conseille .tally-count"))
                .hasText(String.valueOf(Integer.parseInt(before) + 1));
        page.getByLabel("Ce qui l’intéresse").fill(interests);
        page.getByLabel("Communauté de communes du Diois").check();
        page.getByLabel("Nom et prénom").fill("Inès");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la piste"))
                .click();
        assertThat(page.locator("#piste")).containsText("Sans l’accord de la personne");
        page.getByLabel("Communauté de communes du Diois").check();
        page.getByLabel("Nom et prénom").fill("Inès");
        page.getByLabel("La personne accepte que les territoires cochés la recontactent")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la piste"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Piste enregistrée");
        screenshot("stand-phone");
        page.navigate(url("/stands/pistes"));
        assertThat(page.locator("main")).not().containsText(interests);
        page.context().clearCookies();

        signIn(diois, Sessions.PASSWORD);
        page.navigate(url("/stands/pistes"));
        assertThat(page.locator("main")).containsText(interests);
        assertThat(page.locator("main")).containsText("Inès");
        screenshot("stand-leads-diois");
    }
}
