package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing into the common agenda: a territory agent's event, with every mistake said in French first, lands in
 * the agenda under their territory; a coordinator duplicates it to a new date and features it; others cannot.
 */
@PlatformTest
class EventFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private Cookie member(Role role, String organisation) throws Exception {
        return Sessions.member(mvc, accounts, jdbc, role, organisation);
    }

    @Test
    void anAgentPublishesTheirTerritorysEventAndACoordinatorDuplicatesAndFeaturesIt() throws Exception {
        Cookie agent = member(Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        Cookie coordinator = member(Role.COORDINATOR, null);
        Cookie advisor = member(Role.ADVISOR, "CCI de la Drôme");
        String day = LocalDate.now().plusDays(20).toString();
        String title =
                "Café installation du Diois " + UUID.randomUUID().toString().substring(0, 4);

        mvc.perform(get("/agenda/nouvel-evenement").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(agent)
                        .with(csrf())
                        .param("title", "Café")
                        .param("mode", "en_ligne")
                        .param("capacity", "douze")
                        .param("slots[0].date", day)
                        .param("slots[0].start", "18:00"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez le type d’événement."),
                                containsString("Le titre compte de 5 à 200 caractères."),
                                containsString("Un événement en ligne a besoin de son lien"),
                                containsString("La jauge est d’au moins une personne."),
                                containsString("Créneau incomplet ou illisible"),
                                containsString("value=\"Caf&eacute;\""))));
        String location = mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(agent)
                        .with(csrf())
                        .param("kind", "session_information")
                        .param("title", title)
                        .param("audience", "Les personnes qui pensent s’installer dans le Diois.")
                        .param("mode", "sur_place")
                        .param("place", "Die, maison des services")
                        .param("capacity", "20")
                        .param("slots[0].date", day)
                        .param("slots[0].start", "18:00")
                        .param("slots[0].end", "20:00")
                        .param("questions[0].label", "Votre projet en une phrase")
                        .param("questions[0].required", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID event = UUID.fromString(location.replaceAll(".*/agenda/", ""));
        mvc.perform(get("/agenda").param("territory", "le-diois"))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/agenda").param("territory", "le-pays-beaujolais"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
        mvc.perform(get("/agenda/" + event))
                .andExpect(content()
                        .string(allOf(
                                containsString("Votre projet en une phrase *"),
                                containsString("Il reste 20 places sur 20"))));

        String copyDay = LocalDate.now().plusDays(50).toString();
        String copy = mvc.perform(post("/agenda/" + event + "/dupliquer")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("day", copyDay))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID copied = UUID.fromString(copy.replaceAll(".*/agenda/", ""));
        assertThat(jdbc.sql("select (starts_at at time zone 'Europe/Paris')::date::text from event where id = :id")
                        .param("id", copied)
                        .query(String.class)
                        .single())
                .isEqualTo(copyDay);
        assertThat(jdbc.sql("select count(*) from event_question where event_id = :id")
                        .param("id", copied)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/agenda/" + event + "/une").cookie(agent).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/agenda/" + event + "/une")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("featured", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agenda")).andExpect(content().string(containsString("À la une")));
    }
}
