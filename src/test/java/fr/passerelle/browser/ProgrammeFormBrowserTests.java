package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.programmes.internal.ProgrammesDemoData;
import fr.passerelle.testing.Sessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator creates a programme and adds an action to it, mistakes first: each is said in French beside its
 * field, the summary of errors takes the focus, and what was typed stays; a funder is picked among the directory's
 * suggestions.
 */
class ProgrammeFormBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void aCoordinatorIsToldWhatIsWrongBesideEachFieldAndKeepsWhatSheTyped() {
        String coordinator = Sessions.uniqueEmail("demarches");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        page.navigate(url("/programmes/nouvelle"));

        page.getByLabel("Nom de la démarche").fill("Ab");
        page.getByLabel("Première année").fill("20x6");
        page.getByLabel("Dernière année").fill("2027");
        page.getByLabel("Structure porteuse (son nom dans l’annuaire)").fill("Une structure qui n’existe pas");
        page.getByLabel("Objectifs").fill("Accueillir\nOrienter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la démarche"))
                .click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary]")).containsText("Le formulaire contient des erreurs");
        assertThat(page.locator("#name-error")).hasText("Le nom compte de 3 à 200 caractères.");
        assertThat(page.locator("#firstYear-error")).hasText("Écrivez l’année sur quatre chiffres, par exemple 2027.");
        assertThat(page.locator("#lead-error")).hasText("Aucune structure de l’annuaire ne porte ce nom exact.");
        assertThat(page.getByLabel("Première année")).hasValue("20x6");
        assertThat(page.getByLabel("Dernière année")).hasValue("2027");
        assertThat(page.getByLabel("Objectifs")).hasValue("Accueillir\nOrienter");
        screenshot("programme-form-errors");

        String name = "Accueil d’actifs " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Nom de la démarche").fill(name);
        page.getByLabel("Première année").fill("2026");
        page.getByLabel("Structure porteuse (son nom dans l’annuaire)").fill("Cap Rural");
        // A funder picked among the directory's suggestions, which tell the GAL from the Communauté de communes.
        Locator funder = page.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Autre financeur de l’annuaire (facultatif)"));
        funder.pressSequentially("diois", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator gal =
                page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("GAL du Diois (LEADER)"));
        assertThat(gal).containsText("Financeur, Die (26)");
        gal.click();
        assertThat(funder).hasValue("GAL du Diois (LEADER)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la démarche"))
                .click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main")).containsText("GAL du Diois (LEADER)");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Démarche enregistrée");

        // An action of a year outside the programme's, with a title too short: said beside each field.
        page.getByLabel("Type d’action").selectOption("campagne_offres");
        page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill("Ca");
        page.getByLabel("Année", new Page.GetByLabelOptions().setExact(true)).fill("2030");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’action"))
                .click();

        assertThat(page.locator("#ajouter [data-error-summary]")).isFocused();
        assertThat(page.locator("#title-error")).hasText("Le titre compte de 3 à 200 caractères.");
        assertThat(page.locator("#year-error")).hasText("L’année doit être l’une de celles de la démarche.");
        assertThat(page.locator("#periodStart-error")).hasText("Donnez le début et la fin de la campagne.");
        assertThat(page.getByLabel("Type d’action")).hasValue("campagne_offres");
        assertThat(page.getByLabel("Année", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("2030");
        screenshot("programme-action-form-errors");
    }

    /**
     * The coordinator keeps the demonstration programme's budget: a line with letters for an amount and a negative
     * one, then a territory's share larger than the stand's cost, each said beside its field, what was typed kept.
     */
    @Test
    void aCoordinatorIsToldWhatIsWrongWithAnAmountAndKeepsWhatSheTyped() {
        String coordinator = Sessions.uniqueEmail("budgets");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        page.navigate(url("/programmes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ProgrammesDemoData.NAME))
                .click();
        assertThat(page.locator("#budget")).containsText("154\u202f000,00\u00a0€");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget et financeurs"))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Budget et financeurs — " + ProgrammesDemoData.NAME);
        assertThat(page.locator("table.budget-funders")).containsText("65\u202f000,00\u00a0€");
        screenshot("funder-report");

        page.getByLabel("Ligne", new Page.GetByLabelOptions().setExact(true)).fill("Frais de réception");
        page.getByLabel("Montant prévu").fill("mille deux cents");
        page.getByLabel("Montant dépensé").fill("-40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la ligne"))
                .click();
        assertThat(page.locator("#planned-error"))
                .hasText("Montant illisible\u00a0: écrivez-le en euros, par exemple 1\u202f234,50.");
        assertThat(page.locator("#spent-error")).hasText("Un montant ne peut pas être négatif.");
        assertThat(page.getByLabel("Montant prévu")).hasValue("mille deux cents");
        assertThat(page.getByLabel("Ligne", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Frais de réception");
        screenshot("funder-report-line-errors");
        page.getByLabel("Montant prévu").fill("1 200,50");
        page.getByLabel("Montant dépensé").fill("980");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la ligne"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La ligne budgétaire est enregistrée.");
        assertThat(page.locator("table.budget-lines")).containsText("1\u202f200,50\u00a0€");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer la ligne Frais de réception"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("La ligne budgétaire est retirée.");

        page.navigate(url("/programmes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ProgrammesDemoData.NAME))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stand commun des territoires ruraux"))
                .first()
                .click();
        assertThat(page.locator("#couts")).containsText("Communauté de communes du Diois");
        page.getByLabel("Coût", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Impression des documents"));
        page.getByLabel("Territoire", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Pays Beaujolais"));
        page.getByLabel("Part du territoire").fill("1 500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la part"))
                .click();
        assertThat(page.locator("#share-error"))
                .containsText("Les parts dépasseraient le coût de 1\u202f080,00\u00a0€");
        // What was typed comes back as the amount it was read as.
        assertThat(page.getByLabel("Part du territoire")).hasValue("1\u202f500,00");
        screenshot("stand-share-error");
    }
}
