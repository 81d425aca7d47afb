package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.RegistrationReceipt;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What registrations give away, and to whom: the answer to a registration is the same whether the address was known
 * or not; the online link goes to those whose place is confirmed; what people typed cannot become a spreadsheet
 * formula in the participants' list nor a line of its own in a calendar file.
 */
@PlatformTest
class RegistrationDisclosureTests {

    private static final String LINK = "https://visio.example/salle-privee";

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private UUID event(int capacity, String title, String programme) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(12).withNano(0);
        return events.record(new EventDraft(
                EventKind.ATELIER,
                title,
                programme,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.HYBRIDE,
                "Crest",
                null,
                LINK,
                capacity,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(2))),
                List.of()));
    }

    private static RegistrationDraft person(String name, String email) {
        return new RegistrationDraft(name, email, null, null, Map.of(), true);
    }

    @Test
    void theFormAndTheApiAnswerAKnownAddressAsANewOne() throws Exception {
        UUID event = event(5, "Atelier discret " + UUID.randomUUID(), null);
        String email = Sessions.uniqueEmail("connue");
        MvcResult first = register(event, email);
        MvcResult again = register(event, email);
        assertThat(again.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl())
                .isEqualTo("/agenda/" + event);
        assertThat(Map.copyOf(again.getFlashMap()))
                .isEqualTo(Map.copyOf(first.getFlashMap()))
                .doesNotContainKey("errors");

        String body = "{\"name\":\"Nora Api\",\"email\":\"%s\",\"consent\":true}";
        MvcResult known = api(event, body.formatted(email));
        MvcResult unknown = api(event, body.formatted(Sessions.uniqueEmail("inconnue")));
        assertThat(known.getResponse().getStatus())
                .isEqualTo(unknown.getResponse().getStatus());
        assertThat(withoutTime(known)).isEqualTo(withoutTime(unknown)).doesNotContain("link", "\"id\"");

        // The address's owner gets their registration's e-mail again, once within the hour whoever types it.
        assertThat(Mails.countWhenHandled(context, greenMail, email, "Confirmez votre inscription"))
                .isEqualTo(2);
    }

    @Test
    void theOnlineLinkGoesToNobodyWhosePlaceIsNotConfirmed() throws Exception {
        String title = "Atelier à une place " + UUID.randomUUID();
        UUID event = event(1, title, null);
        String first = Sessions.uniqueEmail("premiere");
        String second = Sessions.uniqueEmail("seconde");
        RegistrationReceipt held = registrations.register(event, person("Première Personne", first));
        registrations.register(event, person("Seconde Personne", second));
        assertThat(Mails.text(Mails.awaitMail(greenMail, second, "Liste d’attente")))
                .doesNotContain(LINK);
        assertThat(Mails.text(Mails.awaitMail(greenMail, first, "Confirmez votre inscription")))
                .doesNotContain(LINK);
        registrations.confirm(held.token());
        MimeMessage confirmed = Mails.awaitMail(greenMail, first, "Inscription confirmée");
        assertThat(Mails.text(confirmed)).contains(LINK);
        assertThat(Mails.attachment(confirmed, "evenement.ics")).contains(LINK);

        // The organisers move it: the waitlisted person hears of it, without the link.
        mvc.perform(post("/agenda/" + event + "/modifier")
                        .cookie(Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null))
                        .with(csrf())
                        .param("kind", "atelier")
                        .param("title", title)
                        .param("mode", "hybride")
                        .param("place", "Crest")
                        .param("onlineLink", LINK)
                        .param("capacity", "1")
                        .param("slots[0].date", LocalDate.now().plusDays(13).toString())
                        .param("slots[0].start", "10:00")
                        .param("slots[0].end", "12:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(Mails.text(Mails.awaitMail(greenMail, second, "Changement"))).doesNotContain(LINK);
        assertThat(Mails.text(Mails.awaitMail(greenMail, first, "Changement"))).contains(LINK);
    }

    @Test
    void theParticipantsListGuardsEveryFormulaEvenOverSeveralLines() throws Exception {
        UUID event = event(10, "Atelier des tableurs " + UUID.randomUUID(), null);
        registrations.register(
                event,
                new RegistrationDraft(
                        "=1+2\nSuite", Sessions.uniqueEmail("formule"), "@SOMME(A1)\r\nB", "-2+3\rC", Map.of(), true));
        var coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String csv = new String(
                mvc.perform(get("/agenda/" + event + "/participants.csv").cookie(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=1+2\nSuite\"", "\"'@SOMME(A1)\r\nB\"", "\"'-2+3\rC\"");
    }

    @Test
    void aLoneCarriageReturnNeverStartsALineOfTheCalendarFile() throws Exception {
        UUID event = event(
                10,
                "Atelier piégé\rATTENDEE:mailto:titre@exemple.fr",
                "Programme\rATTENDEE:mailto:programme@exemple.fr\r\rX-INJECTE:1");
        String ics = mvc.perform(get("/api/v1/events/" + event + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("\n"));
        assertThat(lines).noneMatch(line -> line.startsWith("ATTENDEE") || line.startsWith("X-INJECTE"));
        assertThat(ics).contains("Atelier piégé\\nATTENDEE");
    }

    private MvcResult register(UUID event, String email) throws Exception {
        return mvc.perform(post("/agenda/" + event + "/inscription")
                        .with(csrf())
                        .param("name", "Camille Connue")
                        .param("email", email)
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    /** The API's answer, the moment it names left out. */
    private static String withoutTime(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("\"confirmBy\":\"[^\"]*\"", "");
    }

    private MvcResult api(UUID event, String body) throws Exception {
        return mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }
}
