package fr.passerelle.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every page names the site's icon, and the icon is served to anyone. */
@PlatformTest
class FaviconTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkTheIconThatIsServed() throws Exception {
        mvc.perform(get("/agenda"))
                .andExpect(content()
                        .string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")));
        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")));
    }
}
