package fr.passerelle.offers;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.events.EventDrafts;
import fr.passerelle.events.Events;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Territory pages from the outside: the Diois's page shows its texts, its figures computed from the geography (50
 * communes, the share of rural ones among those INSEE classifies), its welcome desk and its offers; only its own
 * agents change it; another territory's agent opens their own page.
 */
@PlatformTest
class TerritoryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private Cookie agentOf(String organisation) throws Exception {
        String email = Sessions.uniqueEmail("agent");
        UUID id = jdbc.sql("select id from organisation where name = :name")
                .param("name", organisation)
                .query(UUID.class)
                .single();
        Sessions.user(accounts, email, Role.TERRITORY_AGENT, id);
        return Sessions.signIn(mvc, email);
    }

    @Autowired
    Events events;

    @Test
    void theDioisPageShowsItsTextsFiguresDeskAndOffers() throws Exception {
        // The page shows the territory's next six meetings. Other tests of the run publish workshops in Die, which
        // can push the demonstration's own meeting off the page: this one, in half an hour, comes first.
        String meeting = "Rencontre du Diois " + UUID.randomUUID().toString().substring(0, 8);
        events.record(EventDrafts.titled(meeting, OffsetDateTime.now().plusMinutes(30)));
        mvc.perform(get("/territoires"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("/territoires/le-diois"), containsString("Le Beaujolais Vert"))));
        mvc.perform(get("/territoires/le-diois"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Entre Vercors et Provence"),
                                containsString("Cadre de vie"),
                                containsString("<dd>50</dd>"),
                                containsString("100 % (4 sur 4 communes classées par l’INSEE)"),
                                containsString("Votre premier contact"),
                                containsString("Communauté de communes du Diois"),
                                containsString("Le village a besoin d’un boulanger"),
                                containsString("Prochains rendez-vous"),
                                containsString(meeting))));
        // A territory of several intercommunalities gets a perimeter of its own: the Pays Beaujolais.
        mvc.perform(get("/territoires/le-pays-beaujolais"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Domaine viticole de 8 hectares")));
        mvc.perform(get("/territoires/nulle-part")).andExpect(status().isNotFound());
        // Partners read a territory's offers by its page's address too.
        mvc.perform(get("/api/v1/territories/le-pays-beaujolais/offers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Domaine viticole de 8 hectares")));
        mvc.perform(get("/api/v1/territories/nulle-part/offers")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheTerritorysAgentsChangeItsPage() throws Exception {
        Cookie diois = agentOf("Communauté de communes du Diois");
        Cookie pilat = agentOf("Communauté de communes du Pilat Rhodanien");
        mvc.perform(get("/territoires/le-diois/modifier").cookie(pilat)).andExpect(status().isNotFound());
        mvc.perform(post("/territoires/le-diois/modifier")
                        .cookie(pilat)
                        .with(csrf())
                        .param("name", "Détourné"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/territoires/le-diois/modifier")
                        .cookie(diois)
                        .with(csrf())
                        .param("name", "Le Diois")
                        .param("living", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce texte ne peut pas dépasser 4 000 caractères.")));
        mvc.perform(post("/territoires/le-diois/modifier")
                        .cookie(diois)
                        .with(csrf())
                        .param("name", "Le Diois")
                        .param("tagline", "La vallée qui accueille")
                        .param("living", "Des villages perchés."))
                .andExpect(redirectedUrl("/territoires/le-diois"));
        mvc.perform(get("/territoires/le-diois"))
                .andExpect(content().string(containsString("La vallée qui accueille")));
    }

    @Test
    void anAgentOpensThePageOfTheTerritoryTheirStructureRuns() throws Exception {
        Cookie parc = agentOf("Parc naturel régional des Monts d’Ardèche");
        mvc.perform(get("/territoires/nouvelle").cookie(parc))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Parc naturel régional des Monts d’Ardèche — tout son territoire")));
        // The park covers seven intercommunalities: its page is the whole of them.
        String perimeter = "structure:"
                + jdbc.sql("select id::text from organisation where name = 'Parc naturel régional des Monts d’Ardèche'")
                        .query(String.class)
                        .single();
        mvc.perform(post("/territoires/nouvelle")
                        .cookie(parc)
                        .with(csrf())
                        .param("perimeterId", perimeter)
                        .param("name", "Pi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le nom compte de 3 à 150 caractères.")));
        mvc.perform(post("/territoires/nouvelle")
                        .cookie(parc)
                        .with(csrf())
                        .param("perimeterId", UUID.randomUUID().toString())
                        .param("name", "Ailleurs"))
                .andExpect(content().string(containsString("Choisissez le territoire que présente la page.")));
        mvc.perform(post("/territoires/nouvelle")
                        .cookie(parc)
                        .with(csrf())
                        .param("perimeterId", perimeter)
                        .param("name", "Le Parc des Monts")
                        .param("tagline", "Crêts, forêts et vergers"))
                .andExpect(redirectedUrl("/territoires/le-parc-des-monts"));
        mvc.perform(get("/territoires/le-parc-des-monts"))
                .andExpect(content()
                        .string(allOf(containsString("Crêts, forêts et vergers"), containsString("Communes"))));
        mvc.perform(get("/territoires/nouvelle").cookie(parc))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("tout son territoire"))));
    }
}
