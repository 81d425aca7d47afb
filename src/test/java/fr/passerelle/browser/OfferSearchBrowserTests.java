package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The offers search as a visitor uses it, on a desktop and a phone: the hint's own example and an abbreviation find
 * offers, no distance shows without a place, a search that finds nothing says what was asked and how to widen it, and
 * the alert form is one link away from the top of the results.
 */
class OfferSearchBrowserTests extends BrowserTest {

    @Test
    void theHintsExamplesFindOffersAndAnEmptySearchSaysHowToWidenIt() {
        page.navigate(url("/offres?q=kin%C3%A9"));
        assertThat(page.locator(".hits")).containsText("Marlhes cherche un ou une kinésithérapeute");
        assertThat(page.locator(".hits")).not().containsText("à 0 km");
        screenshot("offers-search-kine-desktop");

        page.navigate(url("/offres"));
        page.getByLabel("Mots").fill("café associatif");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Rechercher").setExact(true))
                .first()
                .click();
        assertThat(page.locator(".hits")).containsText("Épicerie-bar à reprendre à Ambierle");

        page.setViewportSize(390, 844);
        page.navigate(url("/offres?q=zeppelin&near=26113&radiusKm=10"));
        assertThat(page.locator(".no-results")).containsText("Aucune offre ne répond à tous ces critères.");
        screenshot("offers-search-empty-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chercher sans les mots"))
                .click();
        assertThat(page.getByLabel("Mots")).hasValue("");
        page.locator(".results-links")
                .getByText("Être prévenu·e par e-mail des nouvelles offres")
                .click();
        assertThat(page.getByLabel("Votre adresse e-mail")).isInViewport();
        screenshot("offers-search-alert-phone");
    }
}
