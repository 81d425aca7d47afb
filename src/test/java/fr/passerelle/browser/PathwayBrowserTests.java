package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.Sessions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A referral from one desk to another structure, in the browser: the Diois desk sends a collective's project to
 * Initiative Vallée de la Drôme Diois (forgetting the message first); Initiative's advisor, on a phone, accepts it,
 * closes it as "installé" and answers the follow-up question, with one mistake on the way.
 */
class PathwayBrowserTests extends BrowserTest {

    private static final String INITIATIVE = "Initiative Vallée de la Drôme Diois";

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    JdbcClient jdbc;

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void theDeskSendsTheProjectAndTheAdvisorAcceptsClosesAndFollowsItUp() {
        String deskEmail = Sessions.uniqueEmail("accueil");
        String advisorEmail = Sessions.uniqueEmail("initiative");
        Sessions.user(accounts, deskEmail, Role.TERRITORY_AGENT, organisation("Communauté de communes du Diois"));
        Sessions.user(accounts, advisorEmail, Role.ADVISOR, organisation(INITIATIVE));
        String title = "Recyclerie du Diois " + UUID.randomUUID().toString().substring(0, 4);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.COLLECTIVE,
                        "Collectif Réemploi",
                        Sessions.uniqueEmail("reemploi"),
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        "Une recyclerie associative avec un atelier de réparation.",
                        ProjectKind.ENTREPRENEURIAT_COLLECTIF,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        true,
                        List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
                        TargetScope.EPCI,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.DESK,
                null);
        UUID project = jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();

        // The desk, at its desk.
        signIn(deskEmail, Sessions.PASSWORD);
        page.navigate(url("/parcours/projets/" + project));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".timeline"))
                .containsText("Demande d’accueil reçue (Accueil physique ou téléphonique)");
        page.getByLabel("Structure ou dispositif").selectOption(new SelectOption().setLabel(INITIATIVE));
        click(AriaRole.BUTTON, "Envoyer la mise en relation");
        assertThat(page.locator("#message-error")).hasText("Écrivez un message à la structure.");
        page.getByLabel("Structure ou dispositif").selectOption(new SelectOption().setLabel(INITIATIVE));
        page.getByLabel("Message à la structure")
                .fill("Collectif solide, local repéré à Die ; il leur faut un accompagnement à la création.");
        click(AriaRole.BUTTON, "Envoyer la mise en relation");
        assertThat(page.locator(".timeline")).containsText("Orienté vers " + INITIATIVE);
        screenshot("pathway-project-sent");
        page.context().clearCookies();

        // The advisor, on a phone.
        page.setViewportSize(390, 844);
        signIn(advisorEmail, Sessions.PASSWORD);
        page.navigate(url("/parcours/orientations"));
        click(AriaRole.LINK, title);
        assertThat(page.locator("blockquote")).containsText("Collectif solide");
        click(AriaRole.BUTTON, "Accepter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Mise en relation acceptée");
        page.getByLabel("Issue de l’accompagnement").selectOption("INSTALLE");
        screenshot("pathway-referral-accepted");
        click(AriaRole.BUTTON, "Clôturer");
        page.navigate(url("/parcours/orientations"));
        assertThat(page.locator("#suivis")).containsText("Le projet s’est-il installé\u00a0?");
        screenshot("pathway-inbox-follow-up");
        page.locator("#suivis")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(title))
                .click();

        page.getByLabel("Oui, le projet est installé").check();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune d’installation"))
                .fill("Die");
        page.getByLabel("Nombre d’emplois").fill("trois");
        click(AriaRole.BUTTON, "Enregistrer la réponse");
        assertThat(page.locator("#installedOn-error")).hasText("Indiquez la date d’installation.");
        assertThat(page.locator("#jobs-error")).containsText("nombre entier");
        assertThat(page.getByLabel("Oui, le projet est installé")).isChecked();
        screenshot("pathway-follow-up-errors");
        page.getByLabel("Date d’installation")
                .fill(java.time.LocalDate.now().minusMonths(2).toString());
        page.getByLabel("Nombre d’emplois").fill("3");
        click(AriaRole.BUTTON, "Enregistrer la réponse");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("la réponse est enregistrée");
        page.context().clearCookies();

        // Back at the desk, the project's history tells it.
        page.setViewportSize(1280, 900);
        signIn(deskEmail, Sessions.PASSWORD);
        page.navigate(url("/parcours/projets/" + project));
        assertThat(page.locator(".timeline")).containsText("Installé à Die");
        assertThat(page.locator(".timeline")).containsText("3 emplois");
        screenshot("pathway-project-history");
    }
}
