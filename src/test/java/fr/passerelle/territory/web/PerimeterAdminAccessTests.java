package fr.passerelle.territory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The perimeters' pages are for administrators: a visitor is sent to sign in, a coordinator refused. */
@PlatformTest
class PerimeterAdminAccessTests {

    private static final String PAGES = "/admin/territoires/perimetres";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get(PAGES)).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get(PAGES + "/nouveau")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(post(PAGES + "/nouveau")
                        .with(csrf())
                        .param("kind", "CUSTOM")
                        .param("name", "Intrus")
                        .param("communes", "42322")
                        .param("action", "enregistrer"))
                .andExpect(redirectedUrl("/connexion"));
    }

    /**
     * Since several networks share the platform, a network's coordinators manage its perimeters (a coordinator of
     * another network is refused: NetworkAccessTests); advisors and territory agents are still refused.
     */
    @Test
    void advisorsAndAgentsAreRefusedAndWriteNothing() throws Exception {
        for (Role role : new Role[] {Role.ADVISOR, Role.TERRITORY_AGENT}) {
            Cookie member = Sessions.member(mvc, accounts, jdbc, role, null);
            mvc.perform(get(PAGES).cookie(member)).andExpect(status().isForbidden());
            mvc.perform(get(PAGES + "/nouveau").cookie(member)).andExpect(status().isForbidden());
            mvc.perform(post(PAGES + "/nouveau")
                            .cookie(member)
                            .with(csrf())
                            .param("kind", "CUSTOM")
                            .param("name", "Périmètre du coordinateur")
                            .param("communes", "42322")
                            .param("action", "enregistrer"))
                    .andExpect(status().isForbidden());
        }
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select count(*) from perimeter where name = 'Périmètre du coordinateur'")
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void administratorsCreateAPerimeterAfterItsPreview() throws Exception {
        Cookie admin = Sessions.member(mvc, accounts, jdbc, Role.ADMINISTRATOR, null);
        mvc.perform(get(PAGES).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nouveau périmètre")));
        mvc.perform(post(PAGES + "/nouveau")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "PAYS")
                        .param("name", "Pays de l’essai")
                        .param("communes", "42322\n69119")
                        .param("action", "apercu"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 communes ajoutées")))
                .andExpect(content().string(Matchers.containsString("Longes (69119)")));
        mvc.perform(post(PAGES + "/nouveau")
                        .cookie(admin)
                        .with(csrf())
                        .param("kind", "PAYS")
                        .param("name", "Pays de l’essai")
                        .param("communes", "42322\n69119")
                        .param("action", "enregistrer"))
                .andExpect(redirectedUrl(PAGES));
        // The list says so under its title, naming the perimeter.
        mvc.perform(get(PAGES).cookie(admin))
                .andExpect(content()
                        .string(Matchers.containsString("Périmètre «\u00a0Pays de l’essai\u00a0» enregistré.")));
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select count(*) from perimeter where name = 'Pays de l’essai' and kind = 'pays'")
                                .query(Long.class)
                                .single())
                .isEqualTo(1);
    }
}
