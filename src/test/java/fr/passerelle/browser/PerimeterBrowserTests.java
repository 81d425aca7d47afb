package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An administrator makes a perimeter of their own from a file of commune codes: a wrong line is named, the corrected
 * file previewed, the perimeter saved; on a desktop and on a phone.
 */
class PerimeterBrowserTests extends BrowserTest {

    private static FilePayload csv(String text) {
        return new FilePayload("communes-gier.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private void see(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    @Test
    void anAdministratorImportsTheCommunesOfANewPerimeterFixingAWrongLine() {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Périmètres")
                                .setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Périmètres des territoires");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Parc naturel régional du Pilat");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau périmètre"))
                .click();

        page.getByLabel("Autre périmètre (sur mesure)").check();
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Vallée du Gier (essai)");
        page.getByLabel("Importer les communes d’un fichier")
                .setInputFiles(csv("code;commune\n42322;La Valla-en-Gier\n42085;Doizieux\n42999;Gier-sur-Rien\n"));
        see("Voir les changements");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Le fichier « communes-gier.csv » n’a pas été lu");
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("1 ligne en erreur : corrigez-la, rien n’a été modifié.");
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Ligne 4 : aucune commune actuelle n’a le code « 42999 ».");
        assertThat(page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Vallée du Gier (essai)");
        screenshot("perimeter-file-refused");

        page.getByLabel("Importer les communes d’un fichier")
                .setInputFiles(
                        csv("code;commune\n42322;La Valla-en-Gier\n42085;Doizieux\n42271;Saint-Paul-en-Jarez\n"));
        see("Voir les changements");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("3 communes ajoutées");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Doizieux (42085)");
        assertThat(page.getByLabel("Communes (codes INSEE)")).hasValue("42322\n42085\n42271");
        screenshot("perimeter-preview");

        see("Enregistrer le périmètre");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Périmètre « Vallée du Gier (essai) » enregistré.");
        assertThat(page.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Vallée du Gier (essai)")))
                .containsText("3");
        screenshot("perimeters-list");

        page.navigate(url("/territoires/communes/42085"));
        assertThat(page.getByText("Vallée du Gier (essai)")).isVisible();
    }

    @Test
    void onAPhoneTheFormAndItsPreviewFit() {
        context.close();
        openPage(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/territoires/perimetres/nouveau"));
        page.getByLabel("Pays", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Pays du Gier (essai)");
        page.getByLabel("Intercommunalités (numéros SIREN)").fill("244200622");
        page.getByLabel("Communes (codes INSEE)").fill("42322\n69119");
        see("Voir les changements");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("18 communes ajoutées");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le périmètre")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        (Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(390);
        screenshot("perimeter-preview-phone");
    }
}
