package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.EventDrafts;
import fr.passerelle.events.Events;
import fr.passerelle.resources.ResourceDrafts;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.testing.EventPublications;
import fr.passerelle.testing.Sessions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The news in the browser: a coordinator's article sent with mistakes comes back in French beside its fields, with
 * what was typed; put right, it is saved as a draft, published and listed; a visitor's wrong address for the
 * newsletter is said beside the field and kept, a right one is taken; the next letter is previewed before it goes. A
 * draft proposed when an event was published is listed with what it came from; a forged resource is refused beside
 * its field, a real one is linked from the published article.
 */
class NewsBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Events events;

    @Autowired
    Resources resources;

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorReviewsTheDraftProposedForAnEventLinksAResourceAndPublishesIt() {
        String email = Sessions.uniqueEmail("proposition");
        AccountUser coordinator = new AccountUser(
                Sessions.user(accounts, email, Role.COORDINATOR),
                email,
                "Coordinatrice",
                Set.of(Role.COORDINATOR),
                Set.of(),
                true,
                null);
        String title = "Forum de l’installation " + UUID.randomUUID().toString().substring(0, 6);
        String guide = "Guide de l’installation " + UUID.randomUUID().toString().substring(0, 6);
        events.publish(
                coordinator, EventDrafts.titled(title, OffsetDateTime.now().plusDays(42)));
        // Dated tomorrow, the latest date the library takes: the newest of the form's choices.
        resources.publish(
                coordinator,
                ResourceDrafts.guide(
                        guide,
                        false,
                        "https://exemple.fr/installation",
                        LocalDate.now().plusDays(1)),
                null);
        EventPublications.awaitHandled(context);
        signIn(email, Sessions.PASSWORD);

        page.navigate(url("/actualites"));
        assertThat(page.locator("li", new Page.LocatorOptions().setHasText(title)))
                .containsText("Proposé à la publication de l’événement");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(page.getByText("seuls les coordinateurs du réseau le voient"))
                .isVisible();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Modifier").setExact(true))
                .click();

        // A resource id the form never offered, as a forged request would post it.
        page.getByLabel("Titre").fill("Le forum de l’installation revient " + title);
        page.evaluate(
                "id => { const s = document.getElementById('resourceId'); s.add(new Option('?', id)); s.value = id; }",
                UUID.randomUUID().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.locator("#resourceId-error"))
                .hasText("Cette ressource n’est pas (ou plus) publiée dans la bibliothèque.");
        assertThat(page.getByLabel("Titre")).hasValue("Le forum de l’installation revient " + title);
        screenshot("news-proposed-resource-error");

        page.getByLabel("Ressource de la bibliothèque").selectOption(new SelectOption().setLabel(guide));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Publier").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’article est publié");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(guide))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(guide)))
                .isVisible();
    }

    @Test
    void aCoordinatorWritesWithMistakesThenPublishesAndAVisitorSubscribes() {
        String coordinator = Sessions.uniqueEmail("actualites");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);

        page.navigate(url("/actualites/nouvel-article"));
        page.getByLabel("Titre").fill("");
        page.getByLabel("Chapeau").fill("Le réseau ouvre un cycle de rencontres.");
        page.getByLabel("Texte", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByLabel("Date de publication").fill("2031-06-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon"))
                .click();

        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#title-error")).hasText("Donnez un titre à l’article (au moins 3 caractères).");
        assertThat(page.locator("#body-error")).hasText("Écrivez le texte de l’article.");
        assertThat(page.locator("#publishedOn-error"))
                .hasText("La date de publication ne peut être ni à venir ni antérieure à l’an 2000.");
        assertThat(page.getByLabel("Chapeau")).hasValue("Le réseau ouvre un cycle de rencontres.");
        screenshot("news-form-errors");

        page.getByLabel("Titre").fill("Un cycle de rencontres sur l’accueil");
        page.getByLabel("Texte", new Page.GetByLabelOptions().setExact(true))
                .fill("Premier paragraphe de l’annonce.\n\nSecond paragraphe : les dates.");
        page.getByLabel("Date de publication").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon"))
                .click();
        assertThat(page.getByText("Ce brouillon n’est visible que par vous.")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Publier").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’article est publié");
        assertThat(page.getByText("Second paragraphe : les dates.")).isVisible();
        screenshot("news-article");

        page.navigate(url("/actualites/numeros"));
        assertThat(page.locator(".mail-preview")).containsText("Un cycle de rencontres sur l’accueil");
        screenshot("news-issue-preview");

        page.context().clearCookies();
        page.navigate(url("/actualites"));
        assertThat(page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Un cycle de rencontres sur l’accueil")))
                .isVisible();
        page.getByLabel("Votre adresse e-mail").fill("pas-une-adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’abonner"))
                .click();
        assertThat(page.locator("#letter-error"))
                .hasText("Écrivez une adresse e-mail complète, par exemple prenom.nom@exemple.fr.");
        assertThat(page.getByLabel("Votre adresse e-mail")).hasValue("pas-une-adresse");
        screenshot("news-subscribe-error");

        page.getByLabel("Votre adresse e-mail").fill(Sessions.uniqueEmail("lectrice"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’abonner"))
                .click();
        assertThat(page.getByText("un e-mail vous demande de la confirmer", new Page.GetByTextOptions()))
                .isVisible();
    }
}
