package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A city dweller on a phone browses the territories and opens the Diois's page: figures, first contact, offers on a map. */
class TerritoryPageBrowserTests extends BrowserTest {

    @Test
    void aVisitorOpensTheDioisPageFromTheTerritoriesList() {
        page.setViewportSize(390, 844);
        page.navigate(url("/territoires"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Le Diois").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Le Diois");
        assertThat(page.locator(".figures")).containsText("Communes rurales");
        assertThat(page.locator(".figures")).containsText("100 %");
        assertThat(page.getByText("Votre premier contact")).isVisible();
        assertThat(page.locator("#offers-map")).hasAttribute("data-markers", Pattern.compile("[1-9]\\d*"));
        screenshot("territory-page-phone");
    }
}
