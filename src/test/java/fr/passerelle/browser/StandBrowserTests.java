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

    @Test
    void aLeadCapturedForTheDioisReachesTheDioisOnly() {
        String pilat = agentOf("Communauté de communes du Pilat Rhodanien");
        String diois = agentOf("Communauté de communes du Diois");
        UUID stand = jdbc.sql("select id from event where kind = 'stand' and title like 'Stand commun%'")
                .query(UUID.class)
                .single();
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
