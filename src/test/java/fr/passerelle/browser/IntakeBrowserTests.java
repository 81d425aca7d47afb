package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.testing.Mails;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person asks to be welcomed from a phone: one mistake on the way, the request sent, the e-mail read, their space
 * opened from its link.
 */
class IntakeBrowserTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(http\\S+/connexion/lien/valider\\?token=\\S+)");

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    private void next() {
        nextIntakeStep();
    }

    @Test
    void aPersonAsksToBeWelcomedAndOpensTheirSpaceFromTheEmail() throws Exception {
        String email = "lea-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Être accueilli·e").setExact(true))
                .first()
                .click();
        assertThat(page.locator(".step-count")).hasText("Étape 1 sur 5 : Vous");

        page.getByLabel("Nom (ou nom du collectif)").fill("Léa Martin");
        next();
        assertThat(page.locator("[id='person.email-error']"))
                .hasText("Indiquez votre adresse e-mail\u00a0: elle sert à vous répondre.");
        assertThat(page.getByLabel("Nom (ou nom du collectif)")).hasValue("Léa Martin");
        screenshot("intake-step1-error");
        page.getByLabel("Adresse e-mail").fill(email);
        next();

        assertThat(page.locator(".step-count")).hasText("Étape 2 sur 5 : Votre projet");
        page.getByLabel("Votre projet en quelques mots").fill("Un atelier de réparation de vélos");
        page.getByLabel("Initiative citoyenne non entrepreneuriale").check();
        page.getByLabel("J’ai une idée").check();
        next();

        page.getByLabel("Être accompagné·e").check();
        page.getByLabel("Trouver un lieu (local, terrain, bureau)").check();
        next();

        Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune envisagée"));
        commune.pressSequentially("Die", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Die (26)");
        commune.press("ArrowDown");
        commune.press("Enter");
        page.getByLabel("leur intercommunalité").check();
        next();

        assertThat(page.locator(".step-count")).hasText("Étape 5 sur 5 : Votre accord");
        assertThat(page.locator(".facts")).containsText("Die (26)");
        page.getByText("J’accepte que ma demande soit transmise").click();
        screenshot("intake-step5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande"))
                .click();

        assertThat(page.locator("h1")).hasText("Votre demande est bien arrivée");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Communauté de communes du Diois");
        screenshot("intake-thanks");

        String body = Mails.awaitMail(greenMail, email).getContent().toString();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        String path = link.group(1).replaceFirst("^https?://[^/]+", "");
        page.navigate(url(path));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir mon espace"))
                .click();
        assertThat(page.locator("h1")).hasText("Mon espace");
        assertThat(page.locator(".card").first()).containsText("Un atelier de réparation de vélos");
        assertThat(page.locator(".card").first()).containsText("En attente de prise en charge");
        screenshot("intake-space");
    }
}
