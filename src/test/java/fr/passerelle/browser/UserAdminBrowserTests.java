package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The administrator invites a person, corrects the form's mistakes, then manages roles and memberships. */
class UserAdminBrowserTests extends BrowserTest {

    @Test
    void anAdministratorInvitesAPersonAndGivesHerAMembership() {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/utilisateurs"));
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Camille Coordinatrice");
        screenshot("admin-users");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inviter une personne"))
                .click();
        page.getByLabel("Adresse e-mail").fill("lea.martin@exemple");
        page.getByLabel("Nom").fill("Léa Martin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l’invitation"))
                .click();
        assertThat(page.locator("#email-error").getByText("Cette adresse e-mail n’est pas valide"))
                .isVisible();
        assertThat(page.locator("#roles-error").getByText("Choisissez au moins un rôle."))
                .isVisible();
        assertThat(page.locator("[data-error-summary]")).containsText("Choisissez au moins un rôle.");
        assertThat(page.getByLabel("Nom")).hasValue("Léa Martin");
        screenshot("admin-invite-errors");

        page.getByLabel("Adresse e-mail").fill("lea.martin@exemple.fr");
        page.getByLabel("Agent de territoire").check();
        page.getByLabel("Structure ou territoire")
                .selectOption(
                        new com.microsoft.playwright.options.SelectOption().setLabel("Parc naturel régional du Pilat"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l’invitation"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Invitation envoyée à lea.martin@exemple.fr.");
        assertThat(page.locator("h1")).hasText("Léa Martin");
        assertThat(page.getByText("Parc naturel régional du Pilat")).isVisible();
        screenshot("admin-user");

        page.getByLabel("Ajouter une adhésion")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Communauté de communes du Diois"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter"))
                .click();
        assertThat(page.getByRole(AriaRole.LISTITEM)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Communauté de communes du Diois")))
                .isVisible();
    }
}
