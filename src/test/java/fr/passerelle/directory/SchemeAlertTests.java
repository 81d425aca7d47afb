package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeAlerts;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * E-mail alerts on schemes, as Aides-territoires sends them: an address left for a commune and a kind of project,
 * confirmed by its link, then a weekly digest of the new schemes covering the commune and of the deadlines drawing
 * near, each said once, sent by the scheduler's own path; one click stops it.
 */
@PlatformTest
class SchemeAlertTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SchemeAlerts alerts;

    @Autowired
    SiteAddress site;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    @Test
    void wrongInputIsSaidBesideEachFieldAndNothingIsRecorded() throws Exception {
        String email = Sessions.uniqueEmail("alerte-fausse").replace("@", "-chez-");
        MvcResult refused = mvc.perform(post("/annuaire/alertes")
                        .with(csrf())
                        .param("email", email)
                        .param("alertCommune", "Zzqxwvbn")
                        .param("projectKind", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "alertForm");
        assertThat(errors.getFieldError("email").getDefaultMessage()).startsWith("Adresse e-mail invalide");
        assertThat(errors.getFieldError("alertCommune").getCode()).isEqualTo("scheme.alert.commune.unknown");
        assertThat(errors.getFieldError("projectKind").getDefaultMessage()).isEqualTo("Choisissez le type de projet.");
        assertThat(jdbc.sql("select count(*) from scheme_alert where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aConfirmedAlertSendsNewSchemesAndNearDeadlinesOnceThenStopsInOneClick() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = Sessions.uniqueEmail("alerte-dispositifs");
        mvc.perform(post("/annuaire/alertes")
                        .with(csrf())
                        .param("email", email)
                        .param("alertCommune", "Die")
                        .param("projectKind", "CREATION_INDIVIDUELLE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alertNotice", "scheme.alert.sent"));
        String confirmation = Mails.awaitMail(greenMail, email, "Confirmez votre alerte de dispositifs")
                .getContent()
                .toString();
        assertThat(confirmation).contains("Die (26)", "Création");
        String token = confirmation.replaceAll("(?s).*/annuaire/alertes/([A-Za-z0-9_-]+)/confirmer.*", "$1");

        // The link only asks: a mail scanner following it confirms nothing.
        mvc.perform(get("/annuaire/alertes/" + token + "/confirmer"))
                .andExpect(content().string(containsString("Oui, confirmer l’alerte")));
        assertThat(alerts.alert(token).orElseThrow().confirmed()).isFalse();
        mvc.perform(post("/annuaire/alertes/" + token + "/confirmer").with(csrf()))
                .andExpect(content().string(containsString("Alerte confirmée")));

        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID drome = fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26");
        UUID funder = fixtures.published(
                "Fonds drômois " + tag,
                OrganisationKind.FUNDER,
                Family.FUND,
                "Finance les projets de la Drôme.",
                drome);
        LocalDate today = fr.passerelle.common.Paris.today();
        UUID fresh =
                fixtures.scheme(funder, "Prêt d’amorçage " + tag, SchemeType.PRET, SchemeCalendar.ALWAYS, null, null);
        UUID closing = fixtures.scheme(
                funder,
                "Appel qui ferme " + tag,
                SchemeType.APPEL_A_PROJETS,
                SchemeCalendar.DEADLINE,
                today.minusDays(20),
                today.plusDays(10));
        UUID otherKind = fixtures.scheme(
                funder, "Aide à la reprise " + tag, SchemeType.SUBVENTION, SchemeCalendar.ALWAYS, null, null);
        UUID laterDeadline = fixtures.scheme(
                funder,
                "Appel lointain " + tag,
                SchemeType.APPEL_A_PROJETS,
                SchemeCalendar.DEADLINE,
                today.minusDays(20),
                today.plusDays(40));
        jdbc.sql("update scheme set project_kinds = '{reprise}' where id = :id")
                .param("id", otherKind)
                .update();
        // Published long ago: only their deadline is news.
        jdbc.sql("update scheme set updated_at = now() - interval '30 days' where id in (:closing, :later)")
                .param("closing", closing)
                .param("later", laterDeadline)
                .update();

        aWeekPasses(token);
        ScheduledJobs.run(context, SchemeAlerts.class, "everyMorning");
        MimeMessage digestMail = Mails.awaitMail(greenMail, email, "date limite proche");
        String digest = digestMail.getContent().toString();
        assertThat(digest)
                .contains(
                        "Prêt d’amorçage " + tag,
                        "/annuaire/dispositifs/" + fresh,
                        "Appel qui ferme " + tag,
                        "/annuaire/dispositifs/" + closing,
                        "date limite le " + fr.passerelle.common.FrenchDates.DAY.format(today.plusDays(10)),
                        "/annuaire/alertes/" + token + "/desinscription")
                .doesNotContain("Aide à la reprise " + tag, "Appel lointain " + tag);
        assertThat(digest.indexOf("Appel qui ferme " + tag)).isGreaterThan(digest.indexOf("Dates limites"));
        assertThat(digestMail.getHeader("List-Unsubscribe"))
                .containsExactly("<" + site.url() + "/annuaire/alertes/" + token + "/desinscription>");
        assertThat(digestMail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // A week later with nothing new: the scheme and its deadline were said, nothing goes.
        aWeekPasses(token);
        ScheduledJobs.run(context, SchemeAlerts.class, "everyMorning");
        assertThat(Mails.count(greenMail, email, "") - Mails.count(greenMail, email, "Confirmez"))
                .isEqualTo(1);

        mvc.perform(get("/annuaire/alertes/" + token + "/desinscription"))
                .andExpect(content()
                        .string(allOf(containsString("Oui, arrêter l’alerte"), not(containsString("Alerte arrêtée")))));
        assertThat(alerts.alert(token).orElseThrow().active()).isTrue();
        // The mail provider's one-click POST (RFC 8058): no session, no CSRF token.
        mvc.perform(post("/annuaire/alertes/" + token + "/desinscription"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alerte arrêtée")));
        assertThat(alerts.alert(token).orElseThrow().active()).isFalse();
        mvc.perform(post("/annuaire/alertes/" + token.substring(1) + "x/desinscription"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAlertForADepartementSendsTheSchemesOfItsPlacesAndNotThoseOfAnotherDepartement() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = Sessions.uniqueEmail("alerte-departement");
        mvc.perform(get("/annuaire").param("tab", "dispositifs"))
                .andExpect(content()
                        .string(allOf(containsString("Ou tout un département"), containsString("26 – Drôme"))));
        mvc.perform(post("/annuaire/alertes")
                        .with(csrf())
                        .param("email", email)
                        .param("alertCommune", "")
                        .param("alertDepartement", "26")
                        .param("projectKind", "CREATION_INDIVIDUELLE"))
                .andExpect(flash().attribute("alertNotice", "scheme.alert.sent"));
        String confirmation = Mails.awaitMail(greenMail, email, "Confirmez votre alerte de dispositifs")
                .getContent()
                .toString();
        assertThat(confirmation).contains("département Drôme (26)");
        String token = confirmation.replaceAll("(?s).*/annuaire/alertes/([A-Za-z0-9_-]+)/confirmer.*", "$1");
        assertThat(alerts.confirm(token)).isTrue();
        assertThat(alerts.alert(token).orElseThrow().departementCode()).isEqualTo("26");

        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID die = fixtures.published(
                "Fonds diois " + tag,
                OrganisationKind.FUNDER,
                Family.FUND,
                "Finance les projets du Diois.",
                fixtures.perimeter(PerimeterKind.COMMUNE, "26113"));
        UUID ardeche = fixtures.published(
                "Fonds ardéchois " + tag,
                OrganisationKind.FUNDER,
                Family.FUND,
                "Finance les projets de l’Ardèche.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "07"));
        fixtures.scheme(die, "Prêt diois " + tag, SchemeType.PRET, SchemeCalendar.ALWAYS, null, null);
        fixtures.scheme(ardeche, "Prêt ardéchois " + tag, SchemeType.PRET, SchemeCalendar.ALWAYS, null, null);

        aWeekPasses(token);
        ScheduledJobs.run(context, SchemeAlerts.class, "everyMorning");
        String digest =
                Mails.awaitMail(greenMail, email, "nouveau").getContent().toString();
        assertThat(digest)
                .contains("département Drôme (26)", "Prêt diois " + tag)
                .doesNotContain("Prêt ardéchois " + tag);

        // Its link shows the same schemes: those covering the Drôme, not those of the structures based there (the
        // Ardèche's fund is based in Die).
        mvc.perform(get("/annuaire/alertes/" + token + "/desinscription"))
                .andExpect(content().string(containsString("href=\"/annuaire?tab=dispositifs&amp;coverage=26\"")));
        mvc.perform(get("/annuaire")
                        .param("tab", "dispositifs")
                        .param("coverage", "26")
                        .param("q", tag))
                .andExpect(content()
                        .string(allOf(
                                containsString("Prêt diois " + tag),
                                not(containsString("Prêt ardéchois " + tag)),
                                containsString("Ceux qui interviennent dans le département Drôme (26)"),
                                containsString("name=\"coverage\" value=\"26\""))));
        mvc.perform(get("/annuaire")
                        .param("tab", "dispositifs")
                        .param("departement", "26")
                        .param("q", tag))
                .andExpect(content().string(containsString("Prêt ardéchois " + tag)));
    }

    @Test
    void anUnknownDepartementIsSaidBesideItsFieldAndNothingIsRecorded() throws Exception {
        String email = Sessions.uniqueEmail("alerte-departement-inconnu");
        MvcResult refused = mvc.perform(post("/annuaire/alertes")
                        .with(csrf())
                        .param("email", email)
                        .param("alertCommune", "Die")
                        .param("alertDepartement", "99")
                        .param("projectKind", "CREATION_INDIVIDUELLE"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "alertForm");
        assertThat(errors.getFieldError("alertDepartement").getCode()).isEqualTo("scheme.alert.departement.unknown");
        assertThat(context.getMessage("scheme.alert.departement.unknown", null, java.util.Locale.FRENCH))
                .startsWith("Département inconnu");
        assertThat(jdbc.sql("select count(*) from scheme_alert where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void aWeekPasses(String token) {
        jdbc.sql("update scheme_alert set last_run_at = now() - interval '8 days' where token = :token")
                .param("token", token)
                .update();
    }
}
