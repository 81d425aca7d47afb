package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator publishes a guide with a PDF, finds it by a word of its last page, edits it (a wrong date said in
 * French, then the event it comes from chosen) and withdraws it, forgetting the confirmation box first.
 */
class ResourceBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    /** A PDF of a heading and a paragraph, as a coordinator's word processor would export it. */
    static byte[] pdf(String heading, String paragraph) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(heading));
        document.add(new com.lowagie.text.Paragraph(paragraph));
        document.close();
        return out.toByteArray();
    }

    @Test
    void aCoordinatorPublishesEditsAndWithdrawsAResource() {
        String coordinator = Sessions.uniqueEmail("bibliotheque");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.navigate(url("/ressources"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter une ressource"))
                .click();
        page.getByLabel("Titre").fill("Guide de la tournée des fermes");
        page.getByLabel("Type").selectOption("guide");
        page.getByLabel("Résumé").fill("Comment organiser une tournée des fermes avec les élus.");
        page.getByLabel("Mots-clés (séparés par des virgules)").fill("accueil, agriculture");
        page.getByLabel("Fichier")
                .setInputFiles(new FilePayload(
                        "tournee.pdf",
                        "application/pdf",
                        pdf("La tournée des fermes", "Prévoir une halte à la fromagerie de la vallée.")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier la ressource"))
                .click();
        assertThat(page.locator("h1")).hasText("Guide de la tournée des fermes");

        page.navigate(url("/ressources?q=fromageries"));
        assertThat(page.getByText("Guide de la tournée des fermes")).isVisible();
        assertThat(page.locator(".hit-description").first()).containsText("«fromagerie»");
        screenshot("resource-search-word-in-pdf");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guide de la tournée des fermes"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier"))
                .click();
        assertThat(page.getByText("Fichier actuel\u00a0: tournee.pdf")).isVisible();
        page.getByLabel("Date").fill("2030-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.locator("#publishedOn-error")).hasText("La date ne peut pas être à venir.");
        assertThat(page.getByLabel("Titre")).hasValue("Guide de la tournée des fermes");
        screenshot("resource-edit-error");
        page.getByLabel("Date").fill("2026-11-02");
        page.getByLabel("Événements dont elle vient")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.getByText("Événements dont elle vient")).isVisible();
        assertThat(page.locator("aside a[href^='/agenda/']")).hasCount(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer la ressource"))
                .click();
        assertThat(page.locator("#confirm-error")).hasText("Cochez la case pour confirmer le retrait.");
        screenshot("resource-withdraw-confirm");
        page.getByLabel("Je retire cette ressource de la bibliothèque (son fichier est supprimé).")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer la ressource"))
                .click();
        assertThat(page.getByText("« Guide de la tournée des fermes » a été retirée de la bibliothèque."))
                .isVisible();
        page.navigate(url("/ressources?q=fromagerie"));
        assertThat(page.getByText("Aucune ressource ne correspond.")).isVisible();
    }
}
