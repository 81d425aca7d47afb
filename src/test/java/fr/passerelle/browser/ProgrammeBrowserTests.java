package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator opens the programme's report from the navigation, sees its charts drawn from their tables, opens
 * the 2016 stand's report (nine territories, 94 and 41, the talk held at the fair, its partners), tries a partner
 * without a role from outside the directory and a talk without an event (refused in French), adds and removes a
 * partner, writes the qualitative assessment and downloads the PDF; on a phone, the
 * report's figures stay readable. Anyone reads the network's key figures without signing in: small counts
 * withheld, charts drawn from the table, a wrong year said in French beside its field. A partner is picked from the
 * directory's suggestions, a name that is not exact refused with the organisations close to it.
 */
class ProgrammeBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorReadsWritesAndDownloadsTheStandsReport() throws Exception {
        String coordinator = Sessions.uniqueEmail("bilans");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Démarches et bilans"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coopérations et mobilités ville-campagne"))
                .click();
        assertThat(page.locator("[data-chart='peopleByAction'] canvas")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("tr[data-key='holdersAdvised'] td")).hasText("94");
        screenshot("programme-report");

        // Editing the programme: years that would leave its actions out are refused in French, nothing changes.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la démarche"))
                .click();
        page.getByLabel("Dernière année").fill("2016");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications"))
                .click();
        assertThat(page.locator("#lastYear-error"))
                .hasText(
                        "Des actions de la démarche ont lieu hors de ces années\u00a0: retirez-les d’abord ou gardez leurs années.");
        screenshot("programme-edit-years-refused");
        page.goBack();
        page.goBack();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Stand commun des territoires ruraux au Salon des entrepreneurs de Lyon"))
                .click();
        assertThat(page.locator("h1")).containsText("Bilan\u00a0: Stand commun");
        assertThat(page.locator("tr[data-key='holdersAdvised'] td")).hasText("94");
        assertThat(page.locator("tr[data-key='partnersVisiting'] td")).hasText("41");
        assertThat(page.locator("[data-chart='standTallies'] canvas")).hasAttribute("data-drawn", "true");
        // From the data: the nine territories of the stand, the talk held at the fair, its partners and speakers.
        assertThat(page.locator("tr[data-key='standTerritories'] td")).hasText("9");
        assertThat(page.locator("tr[data-key='talksHeld'] td")).hasText("1");
        assertThat(page.locator("#partenaires")).containsText("Hélène Marchand");
        assertThat(page.locator("#conferences")).containsText("S’installer à la campagne");

        // A partner with no role, from outside the directory, is refused in French and what was typed stays; the
        // talk's form without an event too.
        page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
                .fill("Nulle part SARL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le partenaire"))
                .click();
        assertThat(page.locator("#role-error")).hasText("Choisissez le rôle du partenaire dans l’action.");
        assertThat(page.locator("#organisation-error"))
                .containsText("«\u00a0Nulle part SARL\u00a0» n’est pas une organisation de l’annuaire");
        assertThat(page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Nulle part SARL");
        screenshot("action-partner-refused");
        page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
                .fill("Adie");
        page.getByLabel("Rôle", new Page.GetByLabelOptions().setExact(true)).selectOption("relais");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le partenaire"))
                .click();
        assertThat(page.getByText("Le partenaire est ajouté à l’action.")).isVisible();
        assertThat(page.locator("#partenaires table")).containsText("Adie");
        screenshot("action-partners");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer Adie des partenaires"))
                .click();
        assertThat(page.getByText("Le partenaire est retiré de l’action.")).isVisible();
        assertThat(page.locator("#partenaires table")).not().containsText("Adie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rattacher au stand"))
                .click();
        assertThat(page.locator("#eventId-error")).hasText("Choisissez la conférence ou l’atelier tenu sur le salon.");
        screenshot("action-talk-refused");
        page.getByLabel("Ce que l’équipe retient\u00a0: réussites, difficultés, suites")
                .fill("Neuf territoires ensemble\u00a0: une première réussie.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer").setExact(true))
                .click();
        assertThat(page.getByText("Bilan enregistré.")).isVisible();
        screenshot("action-report-stand-2016");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bilan en PDF"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("bilan-stand-commun");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
                .startsWith("%PDF".getBytes());

        page.navigate(url("/statistiques"));
        assertThat(page.locator("[data-table='months']")).isVisible();
        screenshot("network-statistics");
        page.navigate(url("/programmes/rapport-annuel?annee=2016"));
        assertThat(page.locator("tr[data-key='holdersAdvised'] td")).hasText("94");
        screenshot("annual-report-2016");
        page.goBack();
        page.goBack();

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("tr[data-key='holdersAdvised'] td")).isVisible();
        screenshot("action-report-stand-2016-phone");
    }

    /**
     * "diois" sent as typed is refused in French with the directory's organisations close to it to choose from; typed
     * again, the suggestions tell the Communauté de communes from the GAL and Initiative by their kind and place, and
     * the keyboard picks it: the partner is added, then taken off.
     */
    @Test
    void aCoordinatorPicksAPartnerAmongTheDirectorysSuggestions() {
        String coordinator = Sessions.uniqueEmail("partenaires");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        UUID session = jdbc.sql("select id from programme_action where title like 'Mettre en valeur son territoire%'")
                .query(UUID.class)
                .single();
        page.navigate(url("/programmes/actions/" + session));
        Locator organisation = page.getByRole(
                AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName("Organisation").setExact(true));
        organisation.pressSequentially("diois", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).isVisible();
        organisation.press("Escape");
        page.getByLabel("Rôle", new Page.GetByLabelOptions().setExact(true)).selectOption("relais");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le partenaire"))
                .click();
        assertThat(page.locator("#organisation-error"))
                .containsText("«\u00a0diois\u00a0» n’est pas le nom exact d’une organisation de l’annuaire");
        assertThat(organisation).hasValue("diois");
        assertThat(page.getByRole(
                        AriaRole.GROUP,
                        new Page.GetByRoleOptions().setName("Organisations de l’annuaire proches du nom tapé")))
                .containsText("GAL du Diois (LEADER)");
        screenshot("action-partner-candidates");

        organisation.clear();
        organisation.pressSequentially("diois", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator options = page.getByRole(AriaRole.OPTION);
        Locator wanted = options.filter(new Locator.FilterOptions().setHasText("Communauté de communes du Diois"));
        assertThat(wanted).containsText("Collectivité, Die (26)");
        assertThat(options.filter(new Locator.FilterOptions().setHasText("GAL du Diois")))
                .containsText("Financeur");
        screenshot("action-partner-suggestions");
        String wantedId = wanted.getAttribute("id");
        for (int i = 0;
                i < options.count() && !wantedId.equals(organisation.getAttribute("aria-activedescendant"));
                i++) {
            organisation.press("ArrowDown");
        }
        assertThat(organisation).hasAttribute("aria-activedescendant", wantedId);
        organisation.press("Enter");
        assertThat(organisation).hasValue("Communauté de communes du Diois");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le partenaire"))
                .click();
        assertThat(page.getByText("Le partenaire est ajouté à l’action.")).isVisible();
        assertThat(page.locator("#partenaires table")).containsText("Communauté de communes du Diois");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Retirer Communauté de communes du Diois des partenaires"))
                .click();
        assertThat(page.getByText("Le partenaire est retiré de l’action.")).isVisible();
    }

    @Test
    void aVisitorReadsTheKeyFiguresAndAWrongYearIsSaidBesideItsField() throws Exception {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chiffres clés"))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Chiffres clés du réseau");
        assertThat(page.locator("[data-chart='installations'] canvas")).hasAttribute("data-drawn", "true");
        screenshot("public-figures");

        page.getByLabel("Depuis l’année").fill("20a9");
        page.getByLabel("Jusqu’à l’année").fill("1999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        String thisYear = String.valueOf(java.time.LocalDate.now().getYear());
        assertThat(page.locator("#de-error"))
                .hasText("Indiquez une année entre 2016 et " + thisYear + ", sur quatre chiffres.");
        assertThat(page.locator("#a-error"))
                .hasText("Indiquez une année entre 2016 et " + thisYear + ", sur quatre chiffres.");
        assertThat(page.getByLabel("Depuis l’année")).hasValue("20a9");
        screenshot("public-figures-wrong-year");

        page.getByLabel("Depuis l’année").fill("2019");
        page.getByLabel("Jusqu’à l’année").fill("2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();
        assertThat(page.locator("[data-table='publicFigures'] h2")).hasText("Les chiffres de 2019 à 2021");
        assertThat(page.locator("tr[data-key='oneYearActive'] td").nth(1)).hasText("6");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le tableau (CSV)"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("chiffres-reseau-2019-2021.csv");
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()))
                .contains("Toujours en activité à un an;");
    }
}
