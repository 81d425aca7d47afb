package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The working group from a browser: a visitor on a phone asks to join (a wrong address and the missing consent said
 * first), a coordinator accepts her, and she reads the 2021 minutes from the link of her welcome e-mail, which a
 * visitor's page does not show.
 */
class GroupBrowserTests extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    private static final Pattern LINK = Pattern.compile("http\\S+(/groupes/\\S+/membre/[A-Za-z0-9_-]+)");
    private static final String MINUTES = "Tour de table des douze participants";

    @Autowired
    Accounts accounts;

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Test
    void aVisitorJoinsTheCoordinatorAcceptsAndTheMemberReadsTheMinutes() throws Exception {
        page.setViewportSize(390, 844);
        page.navigate(url("/groupes"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Entrepreneuriat collectif et collectivités locales"))
                .first()
                .click();
        page.navigate(page.url() + "?annee=2021");
        assertThat(page.getByText("1re réunion : lancement")).isVisible();
        assertThat(page.getByText(MINUTES)).hasCount(0);

        page.getByLabel("Nom et prénom").fill("Léa Fournier");
        page.getByLabel("Adresse e-mail").fill("lea.fournier");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander à rejoindre"))
                .click();
        assertThat(page.locator("#email-error")).hasText("Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.");
        assertThat(page.getByLabel("Nom et prénom")).hasValue("Léa Fournier");
        screenshot("group-join-errors-phone");
        String email = Sessions.uniqueEmail("lea.fournier");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("J’accepte que l’équipe de coordination et les membres du groupe voient mon nom, ma structure"
                        + " et mon adresse pour les travaux du groupe.")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander à rejoindre"))
                .click();
        assertThat(page.getByText("Demande envoyée\u00a0: l’équipe de coordination vous répond par e-mail."))
                .isVisible();

        page.setViewportSize(1280, 900);
        String coordinator = Sessions.uniqueEmail("coordination-groupe");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        page.navigate(url("/groupes/entrepreneuriat-collectif-collectivites/membres"));
        // Her row by her address: other tests of the run ask to join the same group under the same name.
        page.locator("tr", new Page.LocatorOptions().setHasText(email))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.getByText("Membre accepté")).isVisible();
        screenshot("group-members-accepted");

        Matcher link = LINK.matcher(
                Mails.awaitMail(greenMail, email, "Bienvenue").getContent().toString());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
        context.clearCookies();
        page.navigate(url(link.group(1) + "?annee=2021"));
        assertThat(page.getByText("Bonjour Léa Fournier")).isVisible();
        assertThat(page.getByText(MINUTES).first()).isVisible();
        // She came for no organisation: the structures' list does not show an empty line for her.
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText("—")))
                .hasCount(0);
        screenshot("group-member-minutes");
    }

    /**
     * A coordinator starts a group from the groups' list: a name too short and no theme are said beside their fields
     * (what was typed kept), then a name another group has; the group's page opens, and its announcement waits among
     * the news' drafts.
     */
    @Test
    void aCoordinatorStartsAGroupAndItsAnnouncementWaitsAmongTheDrafts() {
        String coordinator = Sessions.uniqueEmail("lancement-groupe");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        page.navigate(url("/groupes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lancer un groupe de travail"))
                .click();

        page.getByLabel("Nom du groupe").fill("Eau");
        page.getByLabel("Objectifs").fill("Partager les retours des territoires.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer le groupe"))
                .click();
        assertThat(page.locator("#name-error")).hasText("Le nom du groupe doit compter de 5 à 200 caractères.");
        assertThat(page.locator("#theme-error")).hasText("Indiquez le thème du groupe, en 3 à 300 caractères.");
        assertThat(page.getByLabel("Objectifs")).hasValue("Partager les retours des territoires.");
        screenshot("group-start-errors");

        page.getByLabel("Nom du groupe").fill("Entrepreneuriat collectif et collectivités locales");
        page.getByLabel("Thème", new Page.GetByLabelOptions().setExact(true)).fill("L’eau dans les projets ruraux");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer le groupe"))
                .click();
        assertThat(page.locator("#name-error")).hasText("Un groupe de travail porte déjà ce nom.");

        String name =
                "Ressource en eau " + java.util.UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Nom du groupe").fill(name);
        page.getByLabel("Rythme des réunions (facultatif)").fill("trois réunions par an");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer le groupe"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        assertThat(page.getByText("Groupe lancé")).isVisible();
        assertThat(page.getByText("Rejoindre le groupe")).isVisible();
        screenshot("group-started");

        fr.passerelle.testing.EventPublications.awaitHandled(applicationContext);
        page.navigate(url("/actualites"));
        assertThat(page.locator(
                        "li", new Page.LocatorOptions().setHasText("Un groupe de travail démarre\u00a0: " + name)))
                .containsText("Proposé au lancement du groupe de travail");
    }
}
