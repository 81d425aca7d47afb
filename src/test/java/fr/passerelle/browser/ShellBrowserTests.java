package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web shell as people use it: home page, sign-in per role, errors, the commune field, a phone. */
class ShellBrowserTests extends BrowserTest {

    private static final Map<String, List<String>> ADMIN_LINKS = Map.of(
            "admin@passerelle.example", List.of("Utilisateurs", "Réseaux", "Données de référence", "Périmètres"),
            "coordination@passerelle.example", List.of(),
            "territoire@passerelle.example", List.of(),
            "conseil@passerelle.example", List.of(),
            "porteur@passerelle.example", List.of());

    private Locator mainNav() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"));
    }

    @Test
    void homePageIsInFrenchAndStartsWithASkipLink() {
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1"))
                .hasText("Un projet à la campagne\u00a0? Trouvons ensemble le bon interlocuteur.");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Être accueilli·e et orienté·e")))
                .isVisible();
        page.keyboard().press("Tab");
        assertThat(page.getByText("Aller au contenu")).isFocused();
        screenshot("home");
    }

    @Test
    void eachDemoRoleSignsInAndSeesItsNavigation() {
        for (Map.Entry<String, List<String>> demo : ADMIN_LINKS.entrySet()) {
            context.clearCookies();
            signIn(demo.getKey(), DEMO_PASSWORD);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")))
                    .isVisible();
            assertThat(mainNav()
                            .getByRole(
                                    AriaRole.LINK,
                                    new Locator.GetByRoleOptions()
                                            .setName("Accueil")
                                            .setExact(true)))
                    .isVisible();
            Locator adminLink =
                    mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Utilisateurs"));
            if (demo.getValue().isEmpty()) {
                assertThat(adminLink).hasCount(0);
            } else {
                for (String link : demo.getValue()) {
                    assertThat(mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link)))
                            .isVisible();
                }
                screenshot("signed-in-admin");
            }
        }
    }

    @Test
    void failedSignInSaysSoInFrenchAndKeepsTheAddress() {
        signIn("conseil@passerelle.example", "ce n'est pas le bon");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adresse e-mail ou mot de passe incorrect.");
        assertThat(page.getByLabel("Adresse e-mail")).hasValue("conseil@passerelle.example");
        screenshot("sign-in-failed");
    }

    @Test
    void otherRolesGetAFrenchAccessDeniedPage() {
        signIn("territoire@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/utilisateurs"));
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator(".account-name")).hasText("Thomas Agent");
        screenshot("access-denied");
    }

    @Test
    void communeFieldCompletesStEtienneAndOpensTheCommune() {
        page.navigate(url("/"));
        Locator field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune"));
        field.pressSequentially("st etienne", new Locator.PressSequentiallyOptions().setDelay(30));
        Locator options = page.getByRole(AriaRole.OPTION);
        assertThat(options.first()).containsText("Saint-Étienne (42)");
        assertThat(field).hasAttribute("aria-expanded", "true");
        screenshot("commune-field");

        field.press("ArrowDown");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        field.press("Enter");
        assertThat(field).hasValue("Saint-Étienne (42)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir la commune"))
                .click();

        page.waitForURL("**/territoires/communes/42218");
        assertThat(page.locator("h1")).hasText("Saint-Étienne");
        assertThat(page.locator(".facts").first()).containsText("Saint-Étienne Métropole");
        screenshot("commune-saint-etienne");
    }

    /**
     * Typing slowly sends a request per pause; the answer to the last words can arrive after Enter chose from the
     * answer to the first ones (the CI run of 2026-12-04 failed so: the list opened again over the button). A late
     * answer, played here by htmx itself, leaves the list closed and the choice in place.
     */
    @Test
    void suggestionsArrivingAfterAChoiceLeaveTheListClosed() {
        page.navigate(url("/"));
        Locator field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune"));
        // Until the answer to the whole words has come, the field's own request may still go out and replace the late
        // answer played below (hx-sync "this:replace" aborts it: the CI run of 2026-12-05 failed so, "Error:
        // undefined"). The first words' answer already shows the commune, so the list alone does not tell.
        page.waitForResponse(
                response -> response.url().contains("/suggestions")
                        && response.url().contains("etienne"),
                () -> field.pressSequentially("st etienne", new Locator.PressSequentiallyOptions().setDelay(30)));
        Locator options = page.getByRole(AriaRole.OPTION);
        assertThat(options.first()).containsText("Saint-Étienne (42)");
        field.press("ArrowDown");
        field.press("Enter");
        assertThat(field).hasAttribute("aria-expanded", "false");

        Object expandedAfterTheLateAnswer =
                page.evaluate("() => htmx.ajax('GET', '/territoires/communes/suggestions?q=st%20etienne',"
                        + " {source: '#commune-search', target: '#commune-suggestions', swap: 'innerHTML'})"
                        + ".then(() => document.querySelector('#commune-search').getAttribute('aria-expanded'))");
        assertThat(expandedAfterTheLateAnswer).isEqualTo("false");
        assertThat(page.locator("#commune-suggestions li").first()).containsText("Saint-Étienne (42)");
        assertThat(page.locator("#commune-suggestions")).not().hasClass("suggestions open");
        assertThat(field).hasValue("Saint-Étienne (42)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir la commune"))
                .click(new Locator.ClickOptions().setTimeout(5000));
        page.waitForURL("**/territoires/communes/42218");
    }

    @Test
    void communePageShowsTheRuralityOfADemoCommune() {
        page.navigate(url("/territoires/communes/07236"));
        assertThat(page.locator("h1")).hasText("Saint-Félicien");
        assertThat(page.getByText("5 – Bourgs ruraux")).isVisible();
        assertThat(page.getByText("Commune hors attraction des villes")).isVisible();
    }

    @Test
    void pagesFitAPhoneScreen() {
        context.close();
        openPage(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        for (String path : List.of("/", "/connexion", "/territoires/communes/26113", "/territoires/communes?q=die")) {
            page.navigate(url(path));
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("horizontal scroll on %s", path).isEqualTo(false);
        }
        page.navigate(url("/"));
        screenshot("home-phone");
    }

    @Test
    void englishIsAvailableFromEveryPage() {
        page.navigate(url("/territoires/communes"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("h1")).hasText("Find a commune");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
