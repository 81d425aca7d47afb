package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Diois agent widens their organisation's coverage: the entry keeps its approved coverage and says the new one
 * waits; the coordinator approves it in the moderation queue, then sets it back as a coordinator's edit, at once.
 */
class CoverageModerationBrowserTests extends BrowserTest {

    static final String DIOIS = "Communauté de communes du Diois";

    @Autowired
    JdbcClient jdbc;

    private String entry() {
        UUID id = jdbc.sql("select id from organisation where name = :name")
                .param("name", DIOIS)
                .query(UUID.class)
                .single();
        return "/annuaire/structures/" + id;
    }

    private Locator coverageCard() {
        return page.locator(".card").filter(new Locator.FilterOptions().setHasText("Cette structure intervient sur"));
    }

    private void chooseCoverage(String level) {
        page.navigate(url(entry() + "/modifier"));
        page.getByLabel(level).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
    }

    @Test
    void anAgentsNewCoverageWaitsUntilACoordinatorApprovesIt() {
        signIn("territoire@passerelle.example", DEMO_PASSWORD);
        chooseCoverage("Son département");
        assertThat(page.locator(".alert-success")).containsText("en attente de validation par un coordinateur");
        assertThat(coverageCard().locator(".plain-list").first()).containsText("CC du Diois");
        assertThat(coverageCard().locator(".alert-info")).containsText("Drôme");
        screenshot("coverage-pending-agent");
        page.navigate(url(entry() + "/modifier"));
        assertThat(page.locator(".lead")).containsText("attend la validation d’un coordinateur");
        screenshot("coverage-pending-agent-form");

        context.clearCookies();
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/annuaire/moderation"));
        Locator change = page.locator(".hit").filter(new Locator.FilterOptions().setHasText("Territoire proposé"));
        assertThat(change).containsText(DIOIS);
        assertThat(change).containsText("territoire@passerelle.example");
        screenshot("coverage-moderation-queue");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Valider le territoire proposé pour " + DIOIS))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Le nouveau territoire couvert s’applique.");
        screenshot("coverage-moderation-approved");

        page.navigate(url(entry()));
        assertThat(coverageCard().locator(".plain-list").first()).containsText("Drôme");
        chooseCoverage("Son intercommunalité");
        assertThat(page.locator(".alert-success")).hasText("Modifications enregistrées.");
        assertThat(coverageCard().locator(".plain-list").first()).containsText("CC du Diois");
    }
}
