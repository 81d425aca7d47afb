package fr.passerelle.access;

import static fr.passerelle.access.AccessCast.withToken;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A holder welcomed by the Diois desk and sent to one structure, read by everyone else: a second advisor of another
 * structure, the agent of another territory, another holder, a visitor, and API tokens. Only the desk and the
 * receiving structure see the file; the others get 404 (or the sign-in page) without a word of it.
 */
@PlatformTest
class PersonalFileAccessTests {

    static final String RECEIVING = "Initiative Vallée de la Drôme Diois";

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
    UUID referral;

    @BeforeEach
    void referral() throws Exception {
        cast = new AccessCast(mvc, accounts, intakes, directory, jdbc);
        holder = cast.holderInDie();
        Cookie desk = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
        UUID receiving = cast.organisation(RECEIVING);
        mvc.perform(post("/parcours/projets/" + holder.project() + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", receiving + "|")
                        .param("message", "Projet de céramique, cherche un accompagnement."))
                .andExpect(status().is3xxRedirection());
        referral = jdbc.sql("select id from referral where project_id = :project")
                .param("project", holder.project())
                .query(UUID.class)
                .single();
    }

    private List<String> pages() {
        return List.of(
                "/parcours/projets/" + holder.project(),
                "/parcours/orientations/" + referral,
                "/accueil/demandes/" + holder.request());
    }

    private List<String> apis() {
        String project = "/api/v1/projects/" + holder.project();
        return List.of(project + "/orientation", project + "/timeline");
    }

    /** Reads, answers and notes of the file as that user, in HTML: each a 404 that says nothing of the holder. */
    private void closedTo(Cookie who) throws Exception {
        for (String url : pages()) {
            mvc.perform(get(url).cookie(who))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(holder.personalData())));
        }
        for (String action : List.of(
                "/parcours/orientations/" + referral + "/accepter",
                "/parcours/orientations/" + referral + "/refuser",
                "/parcours/projets/" + holder.project() + "/notes")) {
            mvc.perform(post(action)
                            .cookie(who)
                            .with(csrf())
                            .param("text", "Lu.")
                            .param("reason", "Hors champ"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/parcours/orientations").cookie(who))
                .andExpect(content().string(not(containsString(holder.title()))));
    }

    private void closedToTheApiOf(Cookie who) throws Exception {
        String token = cast.token(who);
        for (String url : apis()) {
            mvc.perform(get(url).cookie(who))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(holder.personalData())));
            mvc.perform(withToken(get(url), token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(holder.personalData())));
        }
    }

    @Test
    void theReceivingStructureReadsTheReferralAndTheFile() throws Exception {
        Cookie advisor = cast.member(Role.ADVISOR, cast.organisation(RECEIVING));
        mvc.perform(get("/parcours/orientations/" + referral).cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(holder.name()), containsString(holder.email()))));
        String token = cast.token(advisor);
        for (String url : apis()) {
            mvc.perform(withToken(get(url), token)).andExpect(status().isOk());
        }
    }

    @Test
    void aSecondAdvisorOfAnotherStructureReadsNothingOfAReferralNotSentToIt() throws Exception {
        Cookie stranger = cast.member(Role.ADVISOR, cast.organisation("CCI de la Drôme"));
        closedTo(stranger);
        closedToTheApiOf(stranger);
    }

    @Test
    void theAgentOfAnotherTerritoryReadsNothingOfTheDesksFile() throws Exception {
        Cookie agent = cast.member(Role.TERRITORY_AGENT, cast.organisation("Pays Beaujolais"));
        closedTo(agent);
        closedToTheApiOf(agent);
        mvc.perform(get("/accueil/territoire").cookie(agent))
                .andExpect(content().string(not(containsString(holder.title()))));
    }

    @Test
    void anotherHolderReadsNothingOfTheFile() throws Exception {
        AccessCast.Holder other = cast.holderInDie();
        Cookie session = Sessions.signInByLink(mvc, accounts, other.email());
        closedTo(session);
        closedToTheApiOf(session);
    }

    @Test
    void aVisitorIsSentToSignInAndTheApiSaysNothing() throws Exception {
        for (String url : pages()) {
            mvc.perform(get(url)).andExpect(redirectedUrl("/connexion"));
        }
        for (String url : apis()) {
            mvc.perform(get(url))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string(not(holder.personalData())));
        }
    }
}
