package fr.passerelle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
import fr.passerelle.offers.internal.OfferAlerts;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.Sessions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An offer from the territory to the visitor, in the browser: a visitor leaves an alert for a search and confirms it
 * from the e-mail; the Diois's agent sends a text file as the picture (refused in French), then a real picture, and
 * publishes a qualified offer; the holder of a fitting project gets the e-mail; the visitor on a phone finds the
 * offer by its words and on the map; the alert's digest arrives, and its link stops it after a confirming click.
 */
class OfferBrowserTests extends BrowserTest {

    private static final Pattern LINK =
            Pattern.compile("(http\\S+/offres/alertes/[A-Za-z0-9_-]+/(confirmer|desinscription))");

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    Intakes intakes;

    @Autowired
    OfferAlerts alerts;

    private String link(String body, String kind) {
        Matcher matcher = LINK.matcher(body);
        while (matcher.find()) {
            if (matcher.group(2).equals(kind)) {
                return matcher.group(1).replaceFirst("^https?://[^/]+", "");
            }
        }
        throw new AssertionError("No " + kind + " link in " + body);
    }

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xC7, 0x7D, 0x2A));
        graphics.fillRect(0, 0, 640, 400);
        graphics.setColor(new Color(0x2F, 0x5D, 0x46));
        graphics.fillRect(0, 260, 640, 140);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void anAgentPublishesAQualifiedOfferWithAPictureAndAVisitorFindsItOnTheMap() throws Exception {
        String email = Sessions.uniqueEmail("diois");
        UUID diois = jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                .query(UUID.class)
                .single();
        Sessions.user(accounts, email, Role.TERRITORY_AGENT, diois);
        String word = "Fromagerie" + UUID.randomUUID().toString().substring(0, 4);
        String holder = Sessions.uniqueEmail("chevriere");
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Inès Chevrier",
                        holder,
                        null,
                        null,
                        "69123",
                        List.of(),
                        "Reprendre une fromagerie",
                        null,
                        ProjectKind.REPRISE,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        false,
                        List.of(Need.INSTALLATION),
                        TargetScope.EPCI,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);

        // A visitor follows the search before the offer exists.
        String visitor = Sessions.uniqueEmail("visiteur");
        page.navigate(url("/offres?q=" + word.toLowerCase()));
        page.getByLabel("Votre adresse e-mail").fill(visitor);
        page.getByLabel("Chaque jour").check();
        click(AriaRole.BUTTON, "Créer l’alerte");
        assertThat(page.locator("#alerte [role=status]")).containsText("confirmez votre adresse");
        page.navigate(url(link(
                Mails.awaitMail(greenMail, visitor, "Confirmez votre alerte")
                        .getContent()
                        .toString(),
                "confirmer")));
        click(AriaRole.BUTTON, "Oui, confirmer l’alerte");
        assertThat(page.locator("h1")).hasText("Alerte confirmée");

        signIn(email, Sessions.PASSWORD);
        page.navigate(url("/offres/mes-offres"));
        click(AriaRole.LINK, "Publier une offre");
        page.getByLabel("Besoin identifié / opportunité d’installation").check();
        // (the kind is a radio of the form, not the search's filter)
        page.getByLabel("Titre").fill(word + " à reprendre à Luc-en-Diois");
        page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                .fill(
                        "La fromagerie du village cherche une repreneuse ou un repreneur : le lait des chèvres du Diois attend.");
        Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune"));
        commune.pressSequentially("Luc-en-D", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.getByRole(AriaRole.OPTION).first()).containsText("Luc-en-Diois");
        commune.press("ArrowDown");
        commune.press("Enter");
        page.getByLabel("Appui local", new Page.GetByLabelOptions().setExact(true))
                .fill("Le pôle développement de la CC du Diois.");
        page.getByLabel("Local ou terres", new Page.GetByLabelOptions().setExact(true))
                .fill("Fromagerie équipée de 80 m².");
        page.getByLabel("Logement", new Page.GetByLabelOptions().setExact(true)).fill("Maison de village à louer.");
        page.getByLabel("Personne à contacter").fill("Élodie Faure");
        page.getByLabel("Adresse e-mail de contact").fill("accueil@paysdiois.example");
        page.getByLabel("Fichier de la photo")
                .setInputFiles(new FilePayload("fromagerie.jpg", "image/jpeg", "ceci n’est pas une photo".getBytes()));
        page.getByLabel("Description de la photo").fill("La fromagerie vue de la place");
        click(AriaRole.BUTTON, "Enregistrer et publier");
        assertThat(page.locator("#picture-error")).hasText("Ce fichier n’est pas une photo JPEG ou PNG.");
        assertThat(page.getByLabel("Titre")).hasValue(word + " à reprendre à Luc-en-Diois");
        screenshot("offer-form-picture-refused");
        page.getByLabel("Fichier de la photo").setInputFiles(new FilePayload("fromagerie.jpg", "image/jpeg", jpeg()));
        click(AriaRole.BUTTON, "Enregistrer et publier");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Offre publiée");
        assertThat(page.locator(".badge-ok").first()).hasText("Offre qualifiée");
        assertThat(page.locator("img.offer-picture")).isVisible();
        screenshot("offer-published");
        page.context().clearCookies();

        page.setViewportSize(390, 844);
        page.navigate(url("/offres"));
        page.getByLabel("Mots").fill(word.toLowerCase());
        click(AriaRole.BUTTON, "Rechercher");
        assertThat(page.locator(".result-count")).hasText("1 offre");
        assertThat(page.locator(".hit h3")).hasText(word + " à reprendre à Luc-en-Diois");
        assertThat(page.locator("#offers-map")).hasAttribute("data-markers", "1");
        screenshot("offer-search-phone");

        // The holder whose project fits heard of it.
        org.assertj.core.api.Assertions.assertThat(Mails.awaitMail(greenMail, holder, "Une offre pour votre projet")
                        .getContent()
                        .toString())
                .contains(word + " à reprendre à Luc-en-Diois");

        // The next day's digest, and the one-click stop.
        alerts.run(java.time.OffsetDateTime.now().plusDays(1).plusHours(1));
        String digest = Mails.awaitMail(greenMail, visitor, "pour votre recherche")
                .getContent()
                .toString();
        org.assertj.core.api.Assertions.assertThat(digest).contains(word + " à reprendre à Luc-en-Diois");
        // The link asks for a click (a mail scanner following it stops nothing), on a computer and on a phone.
        page.navigate(url(link(digest, "desinscription")));
        assertThat(page.locator("h1")).hasText("Arrêter l’alerte\u00a0?");
        screenshot("offer-alert-unsubscribe-phone");
        page.setViewportSize(1280, 900);
        screenshot("offer-alert-unsubscribe");
        click(AriaRole.BUTTON, "Oui, arrêter l’alerte");
        assertThat(page.locator("h1")).hasText("Alerte arrêtée");
        screenshot("offer-alert-stopped");
        // A forged link, followed or posted to as a mail provider would, finds the French "not found" page.
        String forged = url(link(digest, "desinscription").replace("/desinscription", "x/desinscription"));
        com.microsoft.playwright.APIResponse posted = page.request()
                .post(
                        forged,
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setHeader("Content-Type", "application/x-www-form-urlencoded")
                                .setHeader("Accept", "text/html")
                                .setData("List-Unsubscribe=One-Click"));
        org.assertj.core.api.Assertions.assertThat(posted.status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(posted.text()).contains("Page introuvable");
        page.navigate(forged);
        assertThat(page.locator("h1")).hasText("Page introuvable");
        page.setViewportSize(390, 844);

        page.navigate(url("/offres?departement=26"));
        Locator map = page.locator("#offers-map");
        assertThat(map).hasAttribute("data-markers", java.util.regex.Pattern.compile("[3-9]|\\d\\d"));
        assertThat(page.locator(".offer-marker").first()).isVisible();
    }

    @Test
    void anAgentIsToldBesideEachDateWhatIsWrongAndKeepsEverythingTyped() throws Exception {
        String email = Sessions.uniqueEmail("diois");
        UUID diois = jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                .query(UUID.class)
                .single();
        Sessions.user(accounts, email, Role.TERRITORY_AGENT, diois);
        LocalDate start = LocalDate.now().plusMonths(3);
        signIn(email, Sessions.PASSWORD);
        page.navigate(url("/offres/nouvelle"));
        page.getByLabel("Local ou lieu disponible").check();
        page.getByLabel("Titre").fill("Atelier à louer à Die");
        page.getByLabel("Personne à contacter").fill("Élodie Faure");
        page.getByLabel("Disponible à partir du").fill(start.toString());
        page.getByLabel("Date de fin de l’offre").fill(start.minusDays(10).toString());
        click(AriaRole.BUTTON, "Enregistrer comme brouillon");

        assertThat(page.locator("#endsOn-error"))
                .hasText("La date de fin ne peut pas précéder la date de disponibilité.");
        assertThat(page.getByLabel("Disponible à partir du")).hasValue(start.toString());
        assertThat(page.getByLabel("Titre")).hasValue("Atelier à louer à Die");
        assertThat(page.getByLabel("Personne à contacter")).hasValue("Élodie Faure");
        assertThat(page.getByLabel("Local ou lieu disponible")).isChecked();

        // A browser without a date picker sends the date as it was typed.
        page.locator("#availableFrom").evaluate("input => input.type = 'text'");
        page.getByLabel("Disponible à partir du").fill("31/02/2027");
        click(AriaRole.BUTTON, "Enregistrer comme brouillon");
        assertThat(page.locator("#availableFrom-error"))
                .hasText("Date invalide\u00a0: écrivez-la sous la forme 15/03/2027.");
        assertThat(page.locator("#availableFrom")).hasAttribute("value", "31/02/2027");
        assertThat(page.getByLabel("Date de fin de l’offre"))
                .hasValue(start.minusDays(10).toString());
        assertThat(page.getByLabel("Titre")).hasValue("Atelier à louer à Die");
        screenshot("offer-form-date-error");
    }
}
