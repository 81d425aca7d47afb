package fr.passerelle.access;

import static fr.passerelle.access.AccessCast.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every read of personal data is in the access log, on the pages and API calls that were missing from it: a
 * project's timeline, the territory's list of projects, the stands' leads; and an erased file's log keeps who read
 * it and when, not the project's title.
 */
@PlatformTest
class ReadLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    AccessCast cast;
    AccessCast.Holder holder;
    Cookie agent;

    @BeforeEach
    void holderInDie() throws Exception {
        cast = new AccessCast(mvc, accounts, intakes, directory, jdbc);
        holder = cast.holderInDie();
        agent = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
    }

    @Test
    void readingAProjectsTimelineThroughTheApiIsLogged() throws Exception {
        long before = reads("Historique du projet");
        mvc.perform(withToken(get("/api/v1/projects/" + holder.project() + "/timeline"), cast.token(agent)))
                .andExpect(status().isOk());
        assertThat(reads("Historique du projet")).isEqualTo(before + 1);
    }

    @Test
    void theTerritorysListOfProjectsIsLoggedForEachHolderItShows() throws Exception {
        long before = reads("Liste des projets du territoire");
        mvc.perform(get("/accueil/territoire").cookie(agent)).andExpect(status().isOk());
        assertThat(reads("Liste des projets du territoire")).isGreaterThan(before);
    }

    @Test
    void readingTheStandsLeadsIsLoggedForEachLead() throws Exception {
        java.util.UUID stand = jdbc.sql("select id from event where kind = 'stand' and title like 'Stand commun%'")
                .query(java.util.UUID.class)
                .single();
        java.util.UUID diois = cast.organisation(AccessCast.DIOIS);
        Cookie pilat =
                cast.member(Role.TERRITORY_AGENT, cast.organisation("Communauté de communes du Pilat Rhodanien"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/agenda/" + stand + "/stand/pistes")
                .cookie(pilat)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("name", "Karim Benali")
                .param("email", "karim@exemple.fr")
                .param("consent", "true")
                .param("interests", "Reprendre un commerce")
                .param("territories", diois.toString()));
        long routed = jdbc.sql("select count(distinct lead_id) from lead_route where organisation_id = :o")
                .param("o", diois)
                .query(Long.class)
                .single();
        assertThat(routed).isPositive();

        mvc.perform(get("/stands/pistes").cookie(agent)).andExpect(status().isOk());

        assertThat(jdbc.sql(
                                """
                                select count(*) from lead_access a join lead_route r on r.lead_id = a.lead_id
                                where r.organisation_id = :o and a.read_at > now() - interval '1 minute'
                                  and a.user_name = 'Personne de test'
                                """)
                        .param("o", diois)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(routed);
    }

    @Test
    void anErasedFilesLogKeepsWhoReadItButNotTheProjectsTitle() throws Exception {
        Cookie coordinator = cast.member(Role.COORDINATOR, cast.organisation("Cap Rural"));
        mvc.perform(get("/parcours/projets/" + holder.project()).cookie(coordinator))
                .andExpect(status().isOk());
        assertThat(logLines()).anyMatch(line -> line.contains(holder.title()));

        Cookie self = Sessions.signInByLink(mvc, accounts, holder.email());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/espace/effacer")
                .cookie(self)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("confirm", "true"));

        assertThat(logLines()).isNotEmpty().noneMatch(line -> line.contains(holder.title()));
    }

    private java.util.List<String> logLines() {
        return jdbc.sql(
                        """
                        select a.what from personal_data_access a join project p on p.holder_id = a.holder_id
                        where p.id = :project
                        """)
                .param("project", holder.project())
                .query(String.class)
                .list();
    }

    private long reads(String what) {
        return jdbc.sql(
                        """
                        select count(*) from personal_data_access a join project p on p.holder_id = a.holder_id
                        where p.id = :project and a.what = :what
                        """)
                .param("project", holder.project())
                .param("what", what)
                .query(Long.class)
                .single();
    }
}
