package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A holder who also asked for offer alerts and to join a working group reads everything kept about them on one page,
 * in French, from their space; on a phone too, and printed without the site's frame.
 */
class MyDataBrowserTests extends BrowserTest {

    @Autowired
    Intakes intakes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHolderReadsTheirDataOnAPageToPrint() {
        String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Sam Durand",
                        email,
                        "06 12 34 56 78",
                        null,
                        "69123",
                        List.of(),
                        "Ferme-auberge dans le Diois",
                        "Une ferme qui reçoit des randonneurs.",
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        false,
                        List.of(Need.FINANCEMENT),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);
        jdbc.sql("insert into offer_alert (email, query, frequency, token, confirmed_at)"
                        + " values (:m, 'departement=26', 'weekly', :t, now())")
                .param("m", email)
                .param("t", UUID.randomUUID().toString())
                .update();
        jdbc.sql("insert into group_member (group_id, name, email, motivation, consent, token_hash)"
                        + " select id, 'Sam Durand', :m, 'Apprendre des autres fermes-auberges.', true, null"
                        + " from working_group order by name limit 1")
                .param("m", email)
                .update();

        String link =
                accounts.signInLink(accounts.findByEmail(email).orElseThrow().id(), Duration.ofMinutes(5));
        page.navigate(url(link.replaceFirst("^https?://[^/]+", "")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir mon espace"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir mes données (page à imprimer)"))
                .click();

        assertThat(page.locator("h1")).hasText("Mes données sur Passerelle");
        assertThat(page.locator(".card").first()).containsText("Sam Durand");
        assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("Alertes sur les offres")))
                .containsText("chaque semaine");
        assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("Groupes de travail")))
                .containsText("en attente");
        assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("Vos accords")))
                .containsText("transmettre ma demande aux structures");
        // Dates read as the French write them, never as the database does.
        assertThat(page.locator(".my-data")).not().containsText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        screenshot("my-data");
        page.setViewportSize(390, 844);
        screenshot("my-data-phone");
        page.setViewportSize(1280, 900);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imprimer ou enregistrer en PDF")))
                .isHidden();
        screenshot("my-data-print");
    }

    /**
     * A coordinator looks the demonstration person up: a mistyped address gets a French message and keeps what was
     * typed; her address, typed with capitals and spaces, shows what Cap Rural keeps of her, oldest first, and says
     * that the rest is the national level's, which sees her offers' alert too; an erasure not confirmed erases
     * nothing.
     */
    @Test
    void aCoordinatorFindsAPersonsHistoryAcrossThePlatform() {
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Personnes").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Une personne sur la plateforme");
        page.getByLabel("Adresse e-mail de la personne").fill("celine.morel@");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.locator(".error-summary"))
                .containsText("Cette adresse e-mail n’est pas valide\u00a0: elle s’écrit comme nom@exemple.fr.");
        assertThat(page.getByLabel("Adresse e-mail de la personne")).hasValue("celine.morel@");
        screenshot("people-bad-address");

        page.getByLabel("Adresse e-mail de la personne").fill("  Celine.Morel@exemple.invalid ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.locator("h2").first()).hasText("Historique de celine.morel@exemple.invalid");
        var rows = page.locator("table tbody tr");
        assertThat(rows.first()).containsText("Inscription à un événement");
        assertThat(rows.first()).containsText("Présente");
        assertThat(rows.nth(1)).containsText("Coordonnées laissées sur un stand");
        assertThat(page.locator("table")).containsText("Demande d’accueil");
        assertThat(page.locator("table")).containsText("Reprendre l’épicerie de Die");
        assertThat(page.locator("table")).not().containsText("Alerte sur les offres");
        assertThat(page.getByText("Vous voyez, exportez et effacez ce que le réseau Cap Rural garde"))
                .isVisible();
        screenshot("people-history");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Effacer").setExact(true))
                .click();
        assertThat(page.locator("#confirm-error"))
                .hasText("Cochez la case pour confirmer l’effacement\u00a0: rien n’a été effacé.");
        assertThat(page.locator("table")).containsText("Coordonnées laissées sur un stand");
        screenshot("people-erase-unconfirmed");

        context.clearCookies();
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/personnes"));
        page.getByLabel("Adresse e-mail de la personne").fill("celine.morel@exemple.invalid");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher"))
                .click();
        assertThat(page.locator("table")).containsText("Alerte sur les offres");
        assertThat(page.locator("table")).containsText("Inscription à un événement");
        assertThat(page.getByText("Vous voyez, exportez et effacez ce que le réseau"))
                .hasCount(0);
    }
}
