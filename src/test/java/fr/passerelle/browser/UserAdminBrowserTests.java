package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator invites a person, corrects the form's mistakes, then manages roles and memberships; creates a
 * regional network; a coordinator of another network is refused Cap Rural's programme.
 */
class UserAdminBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesANetworkAndAnotherNetworksCoordinatorIsRefusedCapRuralsProgramme() {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Réseaux").setExact(true))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Cap Rural");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Réseau rural Bourgogne-Franche-Comté");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le réseau"))
                .click();
        assertThat(page.locator("#name-error")).hasText("Indiquez le nom du réseau.");
        assertThat(page.locator("#regionCodes-error"))
                .hasText("Choisissez au moins une région couverte par le réseau.");
        assertThat(page.locator("[data-error-summary]")).containsText("Indiquez le nom du réseau.");
        screenshot("admin-network-refused");

        String name =
                "Réseau rural breton " + java.util.UUID.randomUUID().toString().substring(0, 4);
        page.getByLabel("Nom du réseau").fill(name);
        page.getByLabel("Régions couvertes").selectOption("53");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le réseau"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le réseau est créé.");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText(name);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Bretagne");
        screenshot("admin-networks");

        // The national level reads each network's year and their sum.
        page.navigate(url("/statistiques/reseaux"));
        assertThat(page.locator("#network-figures tbody")).containsText("Réseau rural Bourgogne-Franche-Comté");
        assertThat(page.locator("#network-figures tfoot")).containsText("Ensemble des réseaux");
        screenshot("network-figures");

        // Its dashboard shows the national sums, or the network it chooses; a network that is none is not found.
        page.navigate(url("/statistiques"));
        assertThat(page.locator("main")).containsText("Sommes nationales");
        page.getByLabel("Réseau").selectOption(new SelectOption().setLabel("Réseau rural Bourgogne-Franche-Comté"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        assertThat(page.locator("main")).containsText("Chiffres du réseau Réseau rural Bourgogne-Franche-Comté");
        assertThat(page.getByLabel("Réseau")).hasValue(networkId("Réseau rural Bourgogne-Franche-Comté"));
        screenshot("network-statistics-chosen");
        var unknown = page.navigate(url("/statistiques?reseau=Bourgogne"));
        org.assertj.core.api.Assertions.assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        page.navigate(url("/programmes/rapport-annuel?reseau=" + networkId("Réseau rural Bourgogne-Franche-Comté")));
        assertThat(page.getByLabel("Réseau")).hasValue(networkId("Réseau rural Bourgogne-Franche-Comté"));
        screenshot("annual-report-network-chosen");

        String programme = jdbc.sql("select id::text from programme where name = :name")
                .param("name", "Coopérations et mobilités ville-campagne")
                .query(String.class)
                .single();
        page.context().clearCookies();
        signIn("coordination-bfc@passerelle.example", DEMO_PASSWORD);
        var refused = page.navigate(url("/programmes/" + programme + "/modifier"));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        screenshot("network-programme-refused");
        page.navigate(url("/programmes"));
        assertThat(page.locator("main")).containsText("Accueil d’actifs dans le Morvan");
        assertThat(page.locator("main")).not().containsText("Coopérations et mobilités ville-campagne");
    }

    private String networkId(String name) {
        return jdbc.sql("select id::text from network where name = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    @Test
    void anAdministratorInvitesAPersonAndGivesHerAMembership() {
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/utilisateurs"));
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();
        screenshot("admin-users");
        // The list is paged by name, and other tests of the run add accounts: a colleague is found by the search.
        page.getByLabel("Rechercher par nom ou e-mail").fill("Camille");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Camille Coordinatrice");

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
