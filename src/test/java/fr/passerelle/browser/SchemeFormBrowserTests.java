package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An advisor adds a scheme to their own structure's page from a phone-sized screen, mistakes first. */
class SchemeFormBrowserTests extends BrowserTest {

    @Test
    void anAdvisorAddsASchemeAndIsToldWhatIsMissing() {
        String name = "Permanence création " + UUID.randomUUID().toString().substring(0, 6);
        page.setViewportSize(390, 844);
        signIn("conseil@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/annuaire?q=CCI+de+la+Drome"));
        page.locator(".hit h3 a").first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter un dispositif"))
                .click();
        assertThat(page.locator("h1")).hasText("Ajouter un dispositif");

        page.getByLabel("Nom du dispositif").fill(name);
        page.getByLabel("Type de dispositif").selectOption("ACCOMPAGNEMENT");
        page.getByLabel("Idée").check();
        page.getByLabel("Jusqu’à une date limite").check();
        page.getByLabel("Montant minimum (€)").fill("3 000");
        page.getByLabel("Montant maximum (€)").fill("1 000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le dispositif"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Le formulaire contient des erreurs");
        assertThat(page.locator("#closesOn-error")).hasText("Un dispositif à date limite a une date de clôture.");
        assertThat(page.locator("#amountMax-error"))
                .hasText("Le montant maximum ne peut pas être inférieur au minimum.");
        assertThat(page.getByLabel("Nom du dispositif")).hasValue(name);
        assertThat(page.getByLabel("Idée")).isChecked();
        screenshot("scheme-form-errors");

        page.getByLabel("Clôture").fill("2027-06-30");
        page.getByLabel("Montant maximum (€)").fill("5 000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le dispositif"))
                .click();

        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le dispositif est publié");
        assertThat(page.locator(".facts").last()).containsText("30/06/2027");
        assertThat(page.locator(".facts").last()).containsText("de 3 000 à 5 000 €");
        screenshot("scheme-created");
    }
}
