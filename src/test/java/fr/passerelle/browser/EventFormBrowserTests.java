package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator publishes an event with three mistakes (no title, a slot that ends before it starts, a capacity in
 * words): each is said in French beside its field, the summary above the form takes the focus, and what was typed is
 * still there to correct.
 */
class EventFormBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void mistakesAreSaidBesideTheirFieldsAndWhatWasTypedStays() {
        String coordinator = Sessions.uniqueEmail("agenda");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        signIn(coordinator, Sessions.PASSWORD);
        String day = LocalDate.now().plusDays(25).toString();

        page.navigate(url("/agenda/nouvel-evenement"));
        page.getByLabel("Atelier", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Programme", new Page.GetByLabelOptions().setExact(true))
                .fill("Tour de table, puis visite du local commercial.");
        page.getByLabel("Sur place", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Créneau 1 : date").fill(day);
        page.locator("[id='slots[0].start']").fill("18:00");
        page.locator("[id='slots[0].end']").fill("17:00");
        page.getByLabel("Jauge").fill("douze");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier"))
                .click();

        assertThat(page.locator("#title-error")).hasText("Le titre compte de 5 à 200 caractères.");
        assertThat(page.locator("#slots-error")).hasText("Chaque créneau finit après son début.");
        assertThat(page.locator("#capacity-error")).hasText("La jauge est d’au moins une personne.");
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary] a[href='#title']"))
                .hasText("Le titre compte de 5 à 200 caractères.");
        assertThat(page.getByLabel("Jauge")).hasValue("douze");
        assertThat(page.getByLabel("Programme", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Tour de table, puis visite du local commercial.");
        assertThat(page.getByLabel("Créneau 1 : date")).hasValue(day);
        assertThat(page.locator("[id='slots[0].start']")).hasValue("18:00");
        assertThat(page.locator("[id='slots[0].end']")).hasValue("17:00");
        assertThat(page.getByLabel("Atelier", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertThat(page.getByLabel("Sur place", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        screenshot("event-form-errors");
    }
}
