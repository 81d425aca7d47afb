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
        page.getByLabel("Taux de financement maximal (%)").fill("cent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le dispositif"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Le formulaire contient des erreurs");
        assertThat(page.locator("#closesOn-error")).hasText("Un dispositif à date limite a une date de clôture.");
        assertThat(page.locator("#amountMax-error"))
                .hasText("Le montant maximum ne peut pas être inférieur au minimum.");
        assertThat(page.locator("#ratePercent-error")).containsText("Le taux est un pourcentage supérieur à 0");
        assertThat(page.getByLabel("Taux de financement maximal (%)")).hasValue("cent");
        assertThat(page.getByLabel("Nom du dispositif")).hasValue(name);
        assertThat(page.getByLabel("Idée")).isChecked();
        screenshot("scheme-form-errors");

        page.getByLabel("Clôture").fill("2027-06-30");
        page.getByLabel("Montant maximum (€)").fill("5 000");
        page.getByLabel("Taux de financement maximal (%)").fill("40,5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le dispositif"))
                .click();

        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le dispositif est publié");
        assertThat(page.locator(".facts").last()).containsText("30/06/2027");
        assertThat(page.locator(".facts").last()).containsText("de 3 000 à 5 000 €");
        assertThat(page.locator(".facts").last()).containsText("Jusqu’à 40,5\u00a0% des dépenses");
        screenshot("scheme-created");
    }

    @Test
    void anyoneAsksForSchemeAlertsAndIsToldWhatIsWrong() {
        page.navigate(url("/annuaire?tab=dispositifs&commune=26113"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Recevoir les nouveaux dispositifs par e-mail")))
                .isVisible();
        assertThat(page.getByLabel("Commune à suivre")).hasValue("Die");
        page.getByLabel("Votre adresse e-mail").fill("pas-une-adresse");
        page.getByLabel("Commune à suivre").fill("Zzqxwvbn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l’alerte"))
                .click();

        assertThat(page.locator("#email-error")).containsText("Adresse e-mail invalide");
        assertThat(page.locator("#alertCommune-error")).containsText("Commune introuvable");
        assertThat(page.locator("#projectKind-error")).hasText("Choisissez le type de projet.");
        assertThat(page.getByLabel("Votre adresse e-mail")).hasValue("pas-une-adresse");
        assertThat(page.getByLabel("Commune à suivre")).hasValue("Zzqxwvbn");
        screenshot("scheme-alert-errors");

        page.getByLabel("Votre adresse e-mail")
                .fill("alerte-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr");
        page.getByLabel("Commune à suivre").fill("Die");
        page.getByLabel("Type de projet").selectOption("CREATION_INDIVIDUELLE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l’alerte"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("confirmez votre adresse");
        screenshot("scheme-alert-sent");
    }
}
