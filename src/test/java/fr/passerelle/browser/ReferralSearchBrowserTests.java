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
import fr.passerelle.common.Sector;
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
 * The Diois desk refers a shop project in Die to the CCI de la Drôme, found by searching the whole directory from the
 * referral form: on a desktop by typing (htmx refreshes the list), on a phone with the keyboard alone.
 */
class ReferralSearchBrowserTests extends BrowserTest {

    private static final String CCI = "CCI de la Drôme";

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

    private UUID shopInDie() {
        String title = "Épicerie-café de Die " + UUID.randomUUID().toString().substring(0, 4);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Camille Martin",
                        Sessions.uniqueEmail("epicerie"),
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        "Une épicerie de produits locaux avec un coin café, dans le centre de Die.",
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.EMERGENCE,
                        List.of(Sector.COMMERCE_ARTISANAT),
                        false,
                        List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
                        TargetScope.EPCI,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.DESK,
                null);
        return jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    private void send(String message) {
        page.getByLabel("Structure ou dispositif").selectOption(new SelectOption().setLabel(CCI));
        page.getByLabel("Message à la structure").fill(message);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la mise en relation"))
                .click();
        assertThat(page.locator(".timeline")).containsText("Orienté vers " + CCI);
    }

    @Test
    void theDeskFindsTheCciBySearchAndRefersAShopProjectInDieToIt() {
        String deskEmail = Sessions.uniqueEmail("accueil");
        Sessions.user(accounts, deskEmail, Role.TERRITORY_AGENT, organisation("Communauté de communes du Diois"));
        Sessions.user(accounts, Sessions.uniqueEmail("cci"), Role.ADVISOR, organisation(CCI));
        UUID first = shopInDie();
        UUID second = shopInDie();
        signIn(deskEmail, Sessions.PASSWORD);

        // At the desk: typing refreshes the list, and the status line says what was found.
        page.navigate(url("/parcours/projets/" + first));
        page.getByLabel("Chercher une autre structure dans l’annuaire").pressSequentially("CCI");
        assertThat(page.locator("#target-search-status")).containsText("trouvées pour «\u00a0CCI\u00a0»");
        assertThat(page.locator("#target optgroup[label^='Trouvées dans l’annuaire']"))
                .containsText(CCI);
        screenshot("referral-search-desktop");
        send("Épicerie-café à Die : la CCI pour l’immatriculation et le diagnostic du local.");

        // On a phone, with the keyboard alone: the commune narrows the chambers to those covering Die.
        page.setViewportSize(390, 844);
        page.navigate(url("/parcours/projets/" + second));
        page.getByLabel("Chercher une autre structure dans l’annuaire").focus();
        page.keyboard().type("cci die");
        page.keyboard().press("Enter");
        assertThat(page.locator("#target-search-status")).containsText("pour «\u00a0cci die\u00a0»");
        assertThat(page.locator("#target")).containsText(CCI);
        assertThat(page.locator("#target")).not().containsText("CCI Ardèche");
        assertThat(page.getByLabel("Chercher une autre structure dans l’annuaire"))
                .isFocused();
        screenshot("referral-search-phone");
        send("Même projet d’épicerie, vu au guichet du Diois.");
    }
}
