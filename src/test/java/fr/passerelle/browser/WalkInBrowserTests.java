package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A desk agent types in a visitor who has no e-mail address: the focus follows each step, the agent lands on the new
 * file. A holder then reads in their space the referral a structure accepted, with its contact.
 */
class WalkInBrowserTests extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Pathway pathway;

    @Autowired
    Directory directory;

    /** The next step, once it has the focus: keys typed before would go to its heading (CI lost "ie" of "Die"). */
    private void next() {
        nextIntakeStep();
    }

    /** What has the focus: its data attribute naming it, or its text. */
    private String focused() {
        return (String) page.evaluate(
                "() => { const e = document.activeElement; return e.hasAttribute('data-error-summary') ? 'summary'"
                        + " : e.hasAttribute('data-step-heading') ? e.textContent.trim() : e.tagName; }");
    }

    @Test
    void aDeskAgentTypesInAVisitorWithoutEmailAndLandsOnTheNewFile() {
        signIn("territoire@passerelle.example", DEMO_PASSWORD);
        page.navigate(url("/accueil/saisie"));
        assertThat(page.locator(".step-count")).hasText("Étape 1 sur 5\u00a0: La personne");
        screenshot("walkin-form-step1");

        next();
        assertThat(page.locator("[data-error-summary]")).isVisible();
        page.waitForFunction("() => document.activeElement.hasAttribute('data-error-summary')");
        assertThat(focused()).isEqualTo("summary");
        assertThat(page.locator("[id='person.name-error']"))
                .hasText("Indiquez le nom de la personne, ou celui du collectif.");

        page.getByLabel("Nom (ou nom du collectif)").fill("Gérard Fabre");
        page.getByLabel("Téléphone").fill("06 12 34 56 78");
        next();
        assertThat(page.locator(".step-count")).hasText("Étape 2 sur 5\u00a0: Son projet");
        page.waitForFunction("() => document.activeElement.hasAttribute('data-step-heading')");
        assertThat(focused()).isEqualTo("Étape 2 sur 5\u00a0: Son projet");

        String title = "Boulangerie à Die " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Son projet en quelques mots").fill(title);
        page.getByLabel("Création individuelle").check();
        page.getByLabel("Elle a une idée").check();
        next();
        assertThat(page.locator(".step-count")).hasText("Étape 3 sur 5\u00a0: Ses besoins");
        page.waitForFunction("() => document.activeElement.hasAttribute('data-step-heading')");
        assertThat(focused()).isEqualTo("Étape 3 sur 5\u00a0: Ses besoins");
        page.getByLabel("Être accompagné·e").check();
        next();
        Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune envisagée"));
        commune.pressSequentially("Die", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Die (26)");
        commune.press("ArrowDown");
        commune.press("Enter");
        page.getByLabel("ces communes précisément").check();
        next();
        assertThat(page.locator(".step-count")).hasText("Étape 5 sur 5\u00a0: Son accord");
        assertThat(page.locator(".facts")).containsText("Pas d’adresse e-mail");
        screenshot("walkin-form-step5");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la demande"))
                .click();
        page.waitForURL(url -> url.contains("/accueil/demandes/"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".alert-success")).containsText("Sans adresse e-mail");
        assertThat(page.locator(".facts").first()).containsText("06 12 34 56 78");
        screenshot("walkin-file");
        page.setViewportSize(390, 844);
        screenshot("walkin-file-phone");
    }

    @Test
    void aHolderReadsTheReferralAStructureAcceptedWithItsContact() {
        String email = Sessions.uniqueEmail("boulange");
        String title = "Fournil paysan " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Inès Garnier",
                        email,
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        null,
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        false,
                        List.of(Need.FINANCEMENT),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        false),
                IntakeChannel.FORM,
                null);
        UUID project = intakes.projectsOf(holder(email)).get(0).project().id();
        UUID initiative = directory
                .organisationIdByName("Initiative Vallée de la Drôme Diois")
                .orElseThrow();
        UUID referral = pathway.send(
                staff(Role.TERRITORY_AGENT, "Communauté de communes du Diois"),
                project,
                initiative,
                null,
                "Prêt d’honneur ?");
        pathway.accept(pathway.member(staff(Role.ADVISOR, "Initiative Vallée de la Drôme Diois"), referral));

        String link =
                accounts.signInLink(accounts.findByEmail(email).orElseThrow().id(), Duration.ofMinutes(10));
        page.navigate(url(link.replaceFirst("^https?://[^/]+", "")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir mon espace"))
                .click();
        assertThat(page.locator("h1")).hasText("Mon espace");
        Locator referrals = page.locator(".referrals");
        assertThat(referrals).containsText("Initiative Vallée de la Drôme Diois");
        assertThat(referrals).containsText("La structure a accepté de vous accompagner");
        assertThat(referrals.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("contact@ivdd.example")))
                .isVisible();
        assertThat(referrals).not().containsText("Prêt d’honneur");
        referrals.scrollIntoViewIfNeeded();
        screenshot("walkin-space-referral");
        page.setViewportSize(390, 844);
        screenshot("walkin-space-referral-phone");
    }

    private AccountUser holder(String email) {
        UUID id = accounts.findByEmail(email).orElseThrow().id();
        return new AccountUser(id, email, "Inès Garnier", Set.of(Role.PROJECT_HOLDER), Set.of(), true, null);
    }

    private AccountUser staff(Role role, String organisation) {
        String email = Sessions.uniqueEmail("pro");
        UUID org = directory.organisationIdByName(organisation).orElseThrow();
        UUID id = Sessions.user(accounts, email, role, org);
        return new AccountUser(id, email, "Personne de test", Set.of(role), Set.of(org), true, null);
    }
}
