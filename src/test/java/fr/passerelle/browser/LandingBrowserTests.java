package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each demonstration role signs in and lands where its work is, on a desktop and on a phone. */
class LandingBrowserTests extends BrowserTest {

    @Autowired
    Intakes intakes;

    private void landsOn(String email, String path, String heading, String shot) {
        context.clearCookies();
        page.setViewportSize(1280, 900);
        signIn(email, DEMO_PASSWORD);
        page.waitForURL("**" + path);
        assertThat(page.locator("h1")).hasText(heading);
        screenshot("landing-" + shot);
        page.setViewportSize(390, 844);
        page.reload();
        screenshot("landing-" + shot + "-phone");
    }

    @Test
    void eachRoleLandsOnItsOwnPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Lou Martin " + suffix,
                        "lou-" + suffix + "@exemple.fr",
                        null,
                        null,
                        null,
                        List.of(),
                        "Boulangerie au levain " + suffix,
                        null,
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.IDEE,
                        List.of(),
                        false,
                        List.of(Need.ACCOMPAGNEMENT),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);

        landsOn("territoire@passerelle.example", "/mon-travail", "Mon travail", "agent");
        page.setViewportSize(1280, 900);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("à prendre par votre guichet")))
                .click();
        page.waitForURL("**/accueil/demandes");
        assertThat(page.getByText("Boulangerie au levain " + suffix)).isVisible();

        landsOn("conseil@passerelle.example", "/mon-travail", "Mon travail", "advisor");
        landsOn("coordination@passerelle.example", "/mon-travail", "Mon travail", "coordinator");
        landsOn("admin@passerelle.example", "/mon-travail", "Mon travail", "admin");
        landsOn("porteur@passerelle.example", "/espace", "Mon espace", "holder");
    }

    @Test
    void aStructuresPageOpensTheIntakeWithTheWishToBeReferredThere() {
        page.navigate(url("/territoires/communes/26113"));
        screenshot("landing-commune");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Les structures qui accompagnent un projet à Die"))
                .click();
        page.locator("main a[href^='/annuaire/structures/']").first().click();
        String structure = page.locator("h1").textContent().strip();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Être orienté·e vers cette structure"))
                .click();
        assertThat(page.getByText("Vous souhaitez être orienté·e vers " + structure))
                .isVisible();
        screenshot("landing-intake-wish");
    }
}
