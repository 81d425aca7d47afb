package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An agent of another territory reaches nothing of an event they do not organise: neither its copy (which would carry
 * its private online link), its participants, their list, attendance, approval and messages, nor its form; the
 * organiser territory's own agents do.
 */
@PlatformTest
class EventAccessTests {

    private static final String LINK = "https://visio.example/salle-du-diois-";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherTerritorysAgentNeitherDuplicatesNorOrganisesTheEvent() throws Exception {
        Cookie agent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        Cookie other = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, "Pays Beaujolais");
        String secret = LINK + UUID.randomUUID();
        UUID event = publishOnline(agent, secret);
        UUID registration = registrations
                .register(
                        event,
                        new RegistrationDraft(
                                "Inès Inscrite", Sessions.uniqueEmail("ines"), null, null, Map.of(), true))
                .id();

        mvc.perform(post("/agenda/" + event + "/dupliquer")
                        .cookie(other)
                        .with(csrf())
                        .param("day", future()))
                .andExpect(status().isNotFound());
        assertThat(copiesOf(secret)).isEqualTo(1);
        mvc.perform(get("/agenda/" + event).cookie(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("/dupliquer"))));
        mvc.perform(get("/agenda/" + event + "/modifier").cookie(other)).andExpect(status().isForbidden());
        mvc.perform(get("/agenda/" + event + "/participants").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants.csv").cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + event + "/participants/message")
                        .cookie(other)
                        .with(csrf())
                        .param("subject", "Bonjour")
                        .param("message", "Un message qui ne doit partir à personne."))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + event + "/participants/" + registration + "/presence")
                        .cookie(other)
                        .with(csrf())
                        .param("present", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + event + "/participants/" + registration + "/valider")
                        .cookie(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // Nor the check-in at the door, nor the attendance certificates.
        mvc.perform(get("/agenda/" + event + "/participants/pointage").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agenda/" + event + "/participants/pointage")
                        .cookie(other)
                        .with(csrf())
                        .param("code", "ABCDE-FGHJK"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants/attestations.zip").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants/" + registration + "/attestation.pdf")
                        .cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agenda/" + event + "/participants/pointage").cookie(agent))
                .andExpect(status().isOk());
    }

    @Test
    void theOrganiserTerritorysAgentsDuplicateAndSeeTheParticipants() throws Exception {
        Cookie agent = Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        Cookie colleague =
                Sessions.member(mvc, accounts, jdbc, Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        String secret = LINK + UUID.randomUUID();
        UUID event = publishOnline(agent, secret);

        mvc.perform(get("/agenda/" + event).cookie(colleague))
                .andExpect(content().string(containsString("/dupliquer")));
        mvc.perform(get("/agenda/" + event + "/participants").cookie(colleague)).andExpect(status().isOk());
        mvc.perform(post("/agenda/" + event + "/dupliquer")
                        .cookie(colleague)
                        .with(csrf())
                        .param("day", future()))
                .andExpect(status().is3xxRedirection());
        assertThat(copiesOf(secret)).isEqualTo(2);
    }

    private UUID publishOnline(Cookie agent, String link) throws Exception {
        String location = mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(agent)
                        .with(csrf())
                        .param("kind", "exploration")
                        .param(
                                "title",
                                "Webconférence du Diois "
                                        + UUID.randomUUID().toString().substring(0, 5))
                        .param("mode", "en_ligne")
                        .param("onlineLink", link)
                        .param("capacity", "20")
                        .param("slots[0].date", LocalDate.now().plusDays(20).toString())
                        .param("slots[0].start", "10:00")
                        .param("slots[0].end", "11:30"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/agenda/", ""));
    }

    private int copiesOf(String link) {
        return jdbc.sql("select count(*) from event where online_link = :link")
                .param("link", link)
                .query(Integer.class)
                .single();
    }

    private static String future() {
        return LocalDate.now().plusDays(40).toString();
    }
}
