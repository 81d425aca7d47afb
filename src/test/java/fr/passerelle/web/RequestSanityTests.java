package fr.passerelle.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL character or an absurd page number is refused with 400 in French, never a 500. */
@PlatformTest
class RequestSanityTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aNulCharacterInAParameterIsRefusedIn400() throws Exception {
        mvc.perform(get("/annuaire").param("q", "caf\u0000e")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/resources").param("q", "a\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Un paramètre de la requête est manquant ou mal formé."));
    }

    @Test
    void aPageNumberBeyondAnyListIsRefusedIn400() throws Exception {
        mvc.perform(get("/ressources").param("page", "2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/resources").param("page", "2147483647")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/offers").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/ressources").param("page", "2")).andExpect(status().isOk());
    }
}
