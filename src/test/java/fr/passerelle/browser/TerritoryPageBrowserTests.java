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

    /** The Diois's agent names the territory's contact for employment: a wrong form first, then the right one. */
    @Test
    void theTerritorysAgentNamesAContactAfterAWrongTry() {
        signIn("territoire@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/territoires"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Le Diois").setExact(true))
                .click();
        assertThat(page.locator(".contacts")).containsText("Lucie Fabre");
        assertThat(page.locator(".contacts")).containsText("Offres d’activité");
        page.locator(".contacts").scrollIntoViewIfNeeded();
        screenshot("territory-page-contacts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nommer les contacts"))
                .click();
        assertThat(page.locator("h1")).hasText("Contacts : Le Diois");

        page.getByLabel("Nom et prénom").fill("Inès Morel");
        page.getByLabel("Adresse e-mail").fill("ines.morel@");
        page.getByLabel("Téléphone").fill("04 75 22");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le contact"))
                .click();
        assertThat(page.locator("#subject-error")).hasText("Choisissez le sujet dont ce contact s’occupe.");
        assertThat(page.locator("#email-error")).containsText("Cette adresse e-mail n’est pas valide");
        assertThat(page.locator("#phone-error")).containsText("Ce numéro n’est pas un numéro français");
        assertThat(page.getByLabel("Nom et prénom")).hasValue("Inès Morel");
        assertThat(page.getByLabel("Téléphone")).hasValue("04 75 22");
        assertThat(page.locator(".error-summary")).isFocused();
        screenshot("contacts-form-errors");

        page.getByLabel("Sujet").selectOption("emploi");
        page.getByLabel("Fonction").fill("Chargée de mission emploi et compétences");
        page.getByLabel("Adresse e-mail").fill("ines.morel@paysdiois.example");
        page.getByLabel("Téléphone").fill("+33 4 75 22 14 40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le contact"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("Le contact est ajouté.");
        assertThat(page.locator(".contacts-list")).containsText("04 75 22 14 40");
        screenshot("contacts-added");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Retirer Inès Morel, contact pour : Emploi"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("Le contact est retiré.");
        assertThat(page.locator(".contacts-list")).not().containsText("Inès Morel");
    }
}
