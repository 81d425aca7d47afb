package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resource form sent with mistakes: each is said in French beside its field and listed in the summary above the
 * form, which takes the focus; what was typed is still there, and the file chosen is asked for again.
 */
class ResourceFormBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void mistakesAreSaidBesideTheirFieldsAndWhatWasTypedStays() {
        String coordinator = Sessions.uniqueEmail("ressources-erreurs");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.navigate(url("/ressources/nouvelle"));
        page.getByLabel("Titre").fill("Gu");
        page.getByLabel("Type").selectOption("guide");
        page.getByLabel("Mots-clés (séparés par des virgules)").fill("accueil, agriculture");
        page.getByLabel("Date").fill("2031-06-15");
        page.getByLabel("Lien").fill("ftp://ailleurs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la ressource"))
                .click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#title-error")).hasText("Le titre compte de 3 à 200 caractères.");
        assertThat(page.locator("#link-error")).hasText("Le lien commence par http:// ou https://.");
        assertThat(page.locator("#publishedOn-error")).hasText("La date ne peut pas être à venir.");
        assertThat(page.locator("[data-error-summary] a[href='#title']"))
                .hasText("Le titre compte de 3 à 200 caractères.");
        assertThat(page.getByLabel("Titre")).hasValue("Gu");
        assertThat(page.getByLabel("Titre")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Type")).hasValue("guide");
        assertThat(page.getByLabel("Mots-clés (séparés par des virgules)")).hasValue("accueil, agriculture");
        assertThat(page.getByLabel("Date")).hasValue("2031-06-15");
        assertThat(page.getByLabel("Lien")).hasValue("ftp://ailleurs");
        screenshot("resource-form-errors");

        // A file that is no document, instead of the link: said beside the file.
        page.getByLabel("Lien").fill("");
        page.getByLabel("Fichier")
                .setInputFiles(
                        new FilePayload("notes.txt", "text/plain", "Des notes".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la ressource"))
                .click();
        assertThat(page.locator("#file-error")).containsText("Seuls les fichiers PDF et bureautiques");

        // A right file, the title still wrong: the browser does not keep the file, and the form says so.
        page.getByLabel("Fichier")
                .setInputFiles(new FilePayload(
                        "notes.pdf", "application/pdf", ResourceBrowserTests.pdf("Notes", "Des notes.")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la ressource"))
                .click();
        assertThat(page.locator("#file-error"))
                .hasText(
                        "Choisissez de nouveau le fichier\u00a0: le navigateur ne le garde pas quand le formulaire revient.");
        assertThat(page.locator("[data-error-summary]")).isFocused();
    }
}
