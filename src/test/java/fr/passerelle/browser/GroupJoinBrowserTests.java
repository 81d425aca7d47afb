package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The join form of a working group sent with mistakes: each is said in French beside its field and listed in the
 * summary, which takes the focus; what was typed is still there.
 */
class GroupJoinBrowserTests extends BrowserTest {

    @Test
    void mistakesAreSaidBesideTheirFieldsAndWhatWasTypedStays() {
        page.navigate(url("/groupes/entrepreneuriat-collectif-collectivites"));
        page.getByLabel("Nom et prénom").fill("L");
        page.getByLabel("Adresse e-mail").fill("lea.fournier");
        page.getByLabel("Structure", new Page.GetByLabelOptions().setExact(true))
                .fill("Commune de Luc-en-Diois");
        page.getByLabel("Ce que vous attendez du groupe (facultatif)").fill("Des exemples d’épiceries coopératives.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander à rejoindre"))
                .click();

        assertThat(page.locator("#rejoindre [data-error-summary]")).isFocused();
        assertThat(page.locator("#name-error")).hasText("Indiquez votre nom (2 à 150 caractères).");
        assertThat(page.locator("#email-error")).hasText("Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.");
        assertThat(page.locator("#consent-error"))
                .containsText("Cochez la case pour accepter l’usage de vos informations");
        assertThat(page.getByLabel("Nom et prénom")).hasValue("L");
        assertThat(page.getByLabel("Adresse e-mail")).hasValue("lea.fournier");
        assertThat(page.getByLabel("Structure", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Commune de Luc-en-Diois");
        assertThat(page.getByLabel("Ce que vous attendez du groupe (facultatif)"))
                .hasValue("Des exemples d’épiceries coopératives.");
        assertThat(page.getByLabel("Adresse e-mail")).hasAttribute("aria-describedby", "email-error");
        screenshot("group-join-form-errors");
    }
}
