package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An administrator uploads INSEE files on the reference data page and reads the report. */
class ReferenceImportBrowserTests extends BrowserTest {

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(ReferenceImportBrowserTests.class
                .getResource("/territory/" + name)
                .toURI());
    }

    private void upload(String kindLabel, String file, boolean partial) throws URISyntaxException {
        page.navigate(url("/admin/territoires/imports"));
        page.getByLabel(kindLabel).check();
        page.getByLabel("Fichier", new Page.GetByLabelOptions().setExact(true)).setInputFiles(sample(file));
        page.getByLabel("Fichier partiel").setChecked(partial);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                .click();
    }

    @Test
    void aGoodFileIsImportedAndReported() throws URISyntaxException {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        upload("Grille communale de densité (INSEE)", "grille_densite_sample_2024.csv", true);
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Import de « grille_densite_sample_2024.csv » terminé");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Codes inconnus (ignorés)");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("grille_densite_sample_2024.csv");
        screenshot("import-report");
    }

    @Test
    void theSameFileImportedAgainChangesNoCommune() throws URISyntaxException {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        upload("Grille communale de densité (INSEE)", "grille_densite_sample_2024.csv", true);
        upload("Grille communale de densité (INSEE)", "grille_densite_sample_2024.csv", true);
        assertThat(page.locator("dl.facts dt:text-is('Communes modifiées') + dd"))
                .hasText("0");
    }

    @Test
    void aShortFileNotMarkedPartialIsRefusedAsTruncated() throws URISyntaxException {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        upload("Grille communale de densité (INSEE)", "grille_densite_sample_2024.csv", false);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Import refusé");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("communes actuelles (0 %) : il semble tronqué");
        assertThat(page.getByLabel("Fichier partiel")).not().isChecked();
        screenshot("import-refused-truncated");
    }

    @Test
    void aWrongFileIsRefusedWithItsReasons() throws URISyntaxException {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        upload("Grille communale de densité (INSEE)", "grille_densite_erreurs_2024.csv", true);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Import refusé");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ligne 2 : niveau de densité « 9 » invalide");
        screenshot("import-refused");
    }

    @Test
    void anUploadWithoutFileAsksForOne() {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/territoires/imports"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choisissez un fichier à importer.");
    }
}
