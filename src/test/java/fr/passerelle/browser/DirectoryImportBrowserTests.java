package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A coordinator checks a spreadsheet of structures, reads what is wrong, corrects it and imports it. */
class DirectoryImportBrowserTests extends BrowserTest {

    private static final String HEADER = "nom;type;famille;ville_campagne;code_insee;courriel;territoires_codes\n";

    private void check(String fileName, String csv) {
        page.getByLabel("CSV (tableur)").check();
        page.getByLabel("Fichier")
                .setInputFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier"))
                .click();
    }

    @Test
    void aBrokenFileIsExplainedRowByRowThenTheCorrectedFileIsImported() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/annuaire"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer"))
                .click();
        assertThat(page.locator("h1")).hasText("Importer des structures");

        check(
                "structures.csv",
                HEADER
                        + "Tiers-lieu du Diois " + tag
                        + ";Tiers-lieu;Ils représentent et accompagnent;Rural;26113;contact@tiers-lieu.example;epci:242600534\n"
                        + "Espace test " + tag + ";Structure d’accompagnement;Ils informent et orientent;Rural;99999;"
                        + "accueil-arobase;departement:26\n");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("3 problème(s) à corriger");
        Locator problems = page.locator(".import-problems tbody tr");
        assertThat(problems).hasCount(3);
        assertThat(problems.nth(0))
                .containsText("Valeur inconnue. Valeurs possibles : Structure d’accompagnement ; Financeur");
        assertThat(problems.nth(1)).containsText("Cette adresse e-mail n’est pas valide");
        assertThat(problems.nth(2)).containsText("Aucune commune actuelle n’a ce code.");
        assertThat(problems.nth(2).locator("td").first()).hasText("3");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer ces structures")))
                .hasCount(0);
        screenshot("directory-import-problems");

        String corrected = HEADER
                + "Tiers-lieu du Diois " + tag
                + ";Structure d’accompagnement;Ils représentent et accompagnent;Rural;26113;contact@tiers-lieu.example;"
                + "epci:242600534\n";
        check(
                "structures-corrigees.csv",
                corrected
                        + "Espace test " + tag + ";Structure d’accompagnement;Ils informent et orientent;Rural;26113;"
                        + "accueil@espace.example;departement:26\n");
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Le fichier est correct\u00a0: 2 ligne(s), 2 structure(s)");
        screenshot("directory-import-checked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer ces structures"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Import terminé\u00a0: 2 structure(s) créée(s)");

        page.navigate(url("/annuaire?q=" + tag));
        assertThat(page.locator(".hit h3 a")).hasCount(2);
    }
}
