package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform on a 390 × 844 phone: a compact header with a menu button, tables as cards, forms that keep shape. */
class PhoneBrowserTests extends BrowserTest {

    private static final int WIDTH = 390;

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    private Locator mainNav() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void assertWithinThePhone(Locator element) {
        BoundingBox box = element.boundingBox();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", element).isLessThanOrEqualTo(WIDTH);
    }

    private void assertNoSidewaysScroll() {
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scroll on %s", page.url())
                .isEqualTo(true);
    }

    @Test
    void thePhoneHeaderIsCompactAndItsMenuOpensAndClosesWithTheKeyboard() {
        page.setViewportSize(WIDTH, 844);
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/territoires/communes"));
        Locator menu = button("Menu");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(mainNav()).isHidden();
        assertThat(button("Se déconnecter")).isHidden();
        assertThat(page.locator(".site-header").boundingBox().height).isBetween(56.0, 80.0);
        assertThat(page.locator("h1").boundingBox().y).isLessThan(160.0);
        screenshot("phone-nav-closed");

        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(menu).isFocused();
        page.keyboard().press("Enter");
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(mainNav()
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions()
                                        .setName("Accueil")
                                        .setExact(true)))
                .isVisible();
        assertThat(button("Se déconnecter")).isVisible();
        assertWithinThePhone(mainNav());
        screenshot("phone-nav-open");

        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")))
                .isFocused();
        page.keyboard().press("Escape");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(menu).isFocused();
        assertThat(mainNav()).isHidden();
        page.keyboard().press(" ");
        assertThat(menu).hasAttribute("aria-expanded", "true");
        page.keyboard().press(" ");
        assertThat(mainNav()).isHidden();
    }

    @Test
    void withoutJavaScriptThePhoneMenuStaysOpenAndTheDesktopKeepsItsNavigation() {
        context.close();
        openPage(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(WIDTH, 844)
                .setJavaScriptEnabled(false));
        page.navigate(url("/"));
        assertThat(button("Menu")).isHidden();
        assertThat(mainNav()).isVisible();
        assertNoSidewaysScroll();

        page.setViewportSize(1280, 900);
        page.navigate(url("/"));
        assertThat(mainNav()).isVisible();
        assertThat(button("Menu")).isHidden();
        assertThat(page.locator(".brand-tagline")).isVisible();
    }

    @Test
    void onADesktopTheMenuButtonIsNotShown() {
        page.navigate(url("/"));
        assertThat(button("Menu")).isHidden();
        assertThat(mainNav()).isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Se connecter").setExact(true)))
                .isVisible();
    }

    @Test
    void anInboxShowsItsKeyColumnsOnAPhoneWithoutSidewaysScroll() {
        String agent = Sessions.uniqueEmail("diois");
        UUID diois = jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                .query(UUID.class)
                .single();
        Sessions.user(accounts, agent, Role.TERRITORY_AGENT, diois);
        String title = "Reprendre la boulangerie-épicerie du village "
                + UUID.randomUUID().toString().substring(0, 4);
        intakes.submit(draft(title), IntakeChannel.FORM, null);

        page.setViewportSize(WIDTH, 844);
        signIn(agent, Sessions.PASSWORD);
        page.navigate(url("/accueil/demandes"));
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(title));
        assertThat(row.locator("td").first()).hasAttribute("data-label", "Reçue");
        assertWithinThePhone(row.getByRole(AriaRole.LINK).first());
        assertWithinThePhone(row.getByText("Inès Chevrier-Montagnac"));
        assertWithinThePhone(row.getByText(title));
        Locator stage = row.locator(".badge");
        assertWithinThePhone(stage);
        assertThat(stage.boundingBox().height).as("a badge on one line").isLessThan(30.0);
        assertNoSidewaysScroll();
        screenshot("phone-inbox");

        page.setViewportSize(1280, 900);
        assertThat(page.locator("thead th").first()).isVisible();
        assertThat(row.locator("td").first()).isVisible();
    }

    @Test
    void usersWithLongAddressesAndWideStatisticsStayReadableOnAPhone() {
        page.setViewportSize(WIDTH, 844);
        signIn("admin@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/admin/utilisateurs"));
        Locator admin = page.locator("tbody tr", new Page.LocatorOptions().setHasText("admin@passerelle.example"));
        assertThat(admin.locator("td").nth(1)).hasAttribute("data-label", "Adresse e-mail");
        assertWithinThePhone(admin.getByText("admin@passerelle.example"));
        assertWithinThePhone(admin.locator(".badge"));
        assertNoSidewaysScroll();
        screenshot("phone-users");

        page.context().clearCookies();
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/statistiques"));
        Locator region = page.locator(".table-scroll[role=region]").first();
        assertThat(region).hasAttribute("tabindex", "0");
        assertThat(region).hasAttribute("aria-label", java.util.regex.Pattern.compile("\\S+"));
        region.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        // The arrow keys scroll the focused region (smoothly: wait until it has moved, or fail on the timeout).
        page.waitForFunction("r => r.scrollLeft > 0", region.elementHandle());
        assertNoSidewaysScroll();
        screenshot("phone-statistics");
    }

    @Test
    void checkboxesKeepTheirSizeAndTimeFieldsLookLikeTheOthersOnAPhone() {
        page.setViewportSize(WIDTH, 844);
        signIn("coordination@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/agenda/nouvel-evenement"));
        Locator ticks = page.locator("input[type=checkbox]:visible, input[type=radio]:visible");
        assertThat(ticks.count()).isGreaterThan(3);
        for (int i = 0; i < ticks.count(); i++) {
            BoundingBox box = ticks.nth(i).boundingBox();
            assertThat(box.width).as("width of tick %d", i).isGreaterThanOrEqualTo(18.0);
            assertThat(box.height).as("height of tick %d", i).isEqualTo(box.width);
        }
        String textBorder = (String) page.locator("input[type=text]")
                .first()
                .evaluate("e => getComputedStyle(e).border + ' ' + getComputedStyle(e).padding");
        String timeBorder = (String) page.locator("input[type=time]")
                .first()
                .evaluate("e => getComputedStyle(e).border + ' ' + getComputedStyle(e).padding");
        assertThat(timeBorder).isEqualTo(textBorder);
        assertNoSidewaysScroll();
        screenshot("phone-form-checkboxes");
        screenshot(page.locator("#slots"), "phone-form-slots");
        screenshot(ticks.nth(ticks.count() / 2).locator("xpath=ancestor::fieldset[1]"), "phone-form-ticks");
    }

    private static IntakeDraft draft(String title) {
        return new IntakeDraft(
                HolderKind.PERSON,
                "Inès Chevrier-Montagnac",
                "ines.chevrier-montagnac.boulangerie@association-des-commerces-ruraux.example",
                null,
                null,
                "69123",
                List.of(),
                title,
                null,
                ProjectKind.REPRISE,
                ProjectStage.EMERGENCE,
                List.of(),
                false,
                List.of(Need.INSTALLATION),
                TargetScope.EPCI,
                List.of("26113"),
                true,
                true);
    }
}
