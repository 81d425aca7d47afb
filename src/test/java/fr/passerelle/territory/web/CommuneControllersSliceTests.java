package fr.passerelle.territory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The commune controllers alone: how they read requests and which view or status they answer with. */
@WebMvcTest({CommuneApiController.class, CommunePageController.class})
@AutoConfigureMockMvc(addFilters = false)
class CommuneControllersSliceTests {

    private static final CommuneMatch DIE = new CommuneMatch("26113", "Die", "26", List.of("26150"), 4844);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Territories territories;

    @MockitoBean
    fr.passerelle.territory.TerritoryPages territoryPages;

    @Test
    void apiSearchUsesTheQueryAndTheLimit() throws Exception {
        given(territories.searchCommunes("die", 3)).willReturn(List.of(DIE));
        mvc.perform(get("/api/v1/territories/communes").param("q", "die").param("limit", "3"))
                .andExpect(jsonPath("$[0].code").value("26113"))
                .andExpect(jsonPath("$[0].postalCodes[0]").value("26150"));
        verify(territories).searchCommunes("die", 3);
    }

    @Test
    void apiUnknownCommuneIsANotFoundProblemInFrench() throws Exception {
        given(territories.commune("00000")).willReturn(Optional.empty());
        mvc.perform(get("/api/v1/territories/communes/00000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Aucune commune actuelle n’a le code «\u00a000000\u00a0»."));
    }

    @Test
    void htmxSearchRendersOnlyTheResultsFragment() throws Exception {
        given(territories.searchCommunes("die", 20)).willReturn(List.of(DIE));
        mvc.perform(get("/territoires/communes").param("q", "die").header("HX-Request", "true"))
                .andExpect(content().string(containsString("Die (26)")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/territoires/communes").param("q", "die"))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void suggestionsReadWhatTheFieldSendsUnderItsOwnName() throws Exception {
        given(territories.searchCommunes("die", 8)).willReturn(List.of(DIE));
        mvc.perform(get("/territoires/communes/suggestions")
                        .param("field", "cible")
                        .param("cibleLabel", "die"))
                .andExpect(content().string(containsString("id=\"cible-option-0\"")))
                .andExpect(content().string(containsString("data-code=\"26113\"")));
    }

    @Test
    void lookupWithoutAChosenCommuneFallsBackToTheSearch() throws Exception {
        given(territories.commune("")).willReturn(Optional.empty());
        mvc.perform(get("/territoires/communes/aller").param("commune", "").param("communeLabel", "Dié"))
                .andExpect(redirectedUrl("/territoires/communes?q=Di%C3%A9"));
    }
}
