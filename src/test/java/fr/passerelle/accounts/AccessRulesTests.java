package fr.passerelle.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may open the administration, tested as each kind of user from the outside. */
class AccessRulesTests extends AccountsWebTest {

    @Test
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/utilisateurs")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/admin/territoires/imports")).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void nonAdministratorsAreRefusedTheAdministration() throws Exception {
        for (Role role : new Role[] {Role.ADVISOR, Role.TERRITORY_AGENT, Role.COORDINATOR, Role.PROJECT_HOLDER}) {
            String email = uniqueEmail(role.name().toLowerCase());
            user(email, role);
            Cookie session = signIn(email);
            mvc.perform(get("/admin/utilisateurs").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/territoires/imports").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/utilisateurs/inviter")
                            .cookie(session)
                            .with(csrf())
                            .param("email", uniqueEmail("x"))
                            .param("displayName", "X")
                            .param("roles", "ADMINISTRATOR"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void navigationFitsTheRole() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        mvc.perform(get("/").cookie(signIn(admin)))
                .andExpect(content().string(containsString("href=\"/admin/utilisateurs\"")));
        String advisor = uniqueEmail("conseil");
        user(advisor, Role.ADVISOR);
        mvc.perform(get("/").cookie(signIn(advisor)))
                .andExpect(content().string(not(containsString("href=\"/admin/utilisateurs\""))));
    }

    @Test
    void administratorsManageRolesAndMemberships() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        Cookie session = signIn(admin);
        String email = uniqueEmail("agent");
        UUID agent = user(email, Role.ADVISOR);

        mvc.perform(get("/admin/utilisateurs").param("q", email).cookie(session))
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/admin/utilisateurs/" + agent)
                        .cookie(session)
                        .with(csrf())
                        .param("displayName", "Agent renommé")
                        .param("roles", "TERRITORY_AGENT")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/utilisateurs/" + agent));
        org.assertj.core.api.Assertions.assertThat(
                        accounts.find(agent).orElseThrow().roles())
                .containsExactly(Role.TERRITORY_AGENT);

        mvc.perform(post("/admin/utilisateurs/" + agent + "/adhesions")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/utilisateurs/" + agent));
        org.assertj.core.api.Assertions.assertThat(
                        accounts.find(agent).orElseThrow().organisationIds())
                .isEmpty();
    }

    @Test
    void administratorsCannotLockThemselvesOut() throws Exception {
        String admin = uniqueEmail("admin");
        UUID id = user(admin, Role.ADMINISTRATOR);
        Cookie session = signIn(admin);
        mvc.perform(post("/admin/utilisateurs/" + id)
                        .cookie(session)
                        .with(csrf())
                        .param("displayName", "Moi")
                        .param("roles", "ADVISOR")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Vous ne pouvez pas retirer votre propre rôle d’administrateur")));
        org.assertj.core.api.Assertions.assertThat(
                        accounts.find(id).orElseThrow().roles())
                .contains(Role.ADMINISTRATOR);
    }

    @Test
    void unknownUserPageIsA404() throws Exception {
        String admin = uniqueEmail("admin");
        user(admin, Role.ADMINISTRATOR);
        mvc.perform(get("/admin/utilisateurs/" + UUID.randomUUID()).cookie(signIn(admin)))
                .andExpect(status().isNotFound());
    }
}
