package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.directory.Directory;
import fr.passerelle.testing.PlatformTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A newcomer never reaches a dead end: the home page leads to the territories, a commune to its territory, offers,
 * structures and the welcome, an offer to its territory, a structure to a welcome request that names it.
 */
@PlatformTest
class NoDeadEndsTests {

    private static final String DIE = "26113";

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theHomePagesTerritoryEntryOpensTheTerritoryPages() throws Exception {
        assertThat(page("/")).contains("<a href=\"/territoires\">Découvrir un territoire rural</a>");
    }

    @Test
    void aCommuneLeadsToItsTerritoryItsOffersItsStructuresAndTheWelcome() throws Exception {
        assertThat(page("/territoires/communes/" + DIE))
                .contains("href=\"/territoires/le-diois\"")
                .contains("href=\"/offres?near=26113&amp;nearLabel=")
                .contains("href=\"/annuaire?commune=26113\"")
                .contains("href=\"/accueil?commune=26113\"");
    }

    @Test
    void theWelcomeOpenedFromACommuneHasThatCommuneNamed() throws Exception {
        assertThat(page("/accueil?commune=" + DIE))
                .containsPattern("name=\"where.target1\"[^>]*value=\"26113\"")
                .containsPattern("name=\"where.target1Label\"[^>]*value=\"Die");
        assertThat(page("/accueil?commune=99999")).containsPattern("name=\"where.target1\"[^>]*value=\"\"");
    }

    @Test
    void anOfferLeadsToItsTerritory() throws Exception {
        var offer = jdbc.sql(
                        """
                        select id, commune_code from offer
                        where status = 'published' and commune_code in ('26113', '26086', '26178')
                        order by commune_code desc limit 1
                        """)
                .query((row, number) -> new String[] {row.getString("id"), row.getString("commune_code")})
                .single();
        assertThat(page("/offres/" + offer[0]))
                .contains("href=\"/territoires/le-diois\"")
                .contains("href=\"/territoires/communes/" + offer[1] + "\"");
    }

    @Test
    void aStructureOpensAWelcomeRequestThatSaysItIsWishedForAndStillGoesToTheDesk() throws Exception {
        UUID structure = directory
                .organisationIdByName("Initiative Vallée de la Drôme Diois")
                .orElseThrow();
        assertThat(page("/annuaire/structures/" + structure)).contains("href=\"/accueil?structure=" + structure + "\"");

        String form = org.springframework.web.util.HtmlUtils.htmlUnescape(page("/accueil?structure=" + structure));

        assertThat(form)
                .contains("Vous souhaitez être orienté·e vers Initiative Vallée de la Drôme Diois.")
                .contains("Votre demande passe par le guichet d’accueil de votre territoire")
                .containsPattern("name=\"project.description\"[^>]*value=\"Je souhaite être orienté·e vers Initiative"
                        + " Vallée de la Drôme Diois.\"");
        mvc.perform(get("/accueil?structure=pas-une-structure"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Vous souhaitez être orienté·e vers"))));
    }
}
