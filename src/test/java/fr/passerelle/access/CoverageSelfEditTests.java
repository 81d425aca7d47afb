package fr.passerelle.access;

import static fr.passerelle.access.AccessCast.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.PlatformTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 15, written as the attacker: the agent of a neighbouring territory rewrites their own organisation's coverage
 * (France, or the Diois's intercommunality) in the form and through the API with a token. The change waits for a
 * coordinator, and until one approves it the agent reads no file of the Diois desk and touches none of its events
 * or pages.
 */
@PlatformTest
class CoverageSelfEditTests {

    static final String MONTS_DU_PILAT_COMMUNE = "42139";
    static final String CREST = "26108";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    Directory directory;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    AccessCast cast;
    AccessCast.Holder holder;
    Cookie coordinator;
    Cookie dioisAgent;
    String neighbourName;
    UUID neighbour;
    UUID neighbourEpci;
    Cookie attacker;

    @BeforeEach
    void cast() throws Exception {
        cast = new AccessCast(mvc, accounts, intakes, directory, jdbc);
        holder = cast.holderInDie();
        coordinator = cast.member(Role.COORDINATOR);
        dioisAgent = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
        neighbourName = "Territoire voisin " + UUID.randomUUID().toString().substring(0, 8);
        String siren = epciOf(MONTS_DU_PILAT_COMMUNE);
        neighbour = cast.territory(coordinator, neighbourName, "epci:" + siren);
        neighbourEpci = territories.officialPerimeter(PerimeterKind.EPCI, siren).id();
        attacker = cast.member(Role.TERRITORY_AGENT, neighbour);
    }

    @AfterEach
    void removeTheNeighbour() {
        cast.remove(neighbour);
    }

    private String epciOf(String commune) {
        return territories.commune(commune).orElseThrow().epci().code();
    }

    private UUID france() {
        return territories
                .officialPerimeter(PerimeterKind.FRANCE, Territories.FRANCE)
                .id();
    }

    private ResultActions editCoverage(Cookie who, String commune, String level) throws Exception {
        return mvc.perform(post("/annuaire/structures/" + neighbour + "/modifier")
                .cookie(who)
                .with(csrf())
                .param("name", neighbourName)
                .param("kind", "LOCAL_AUTHORITY")
                .param("family", "INFORM_ORIENT")
                .param("area", "RURAL")
                .param("commune", commune)
                .param("coverageLevel", level));
    }

    private String draftJson(UUID coverage) {
        return """
                {"name": "%s", "kind": "local_authority", "family": "inform_orient", "area": "rural",
                 "communeCode": "%s", "coverage": ["%s"]}
                """
                .formatted(neighbourName, MONTS_DU_PILAT_COMMUNE, coverage);
    }

    private List<UUID> approvedCoverage() {
        return directory.organisation(neighbour).orElseThrow().coverage();
    }

    private List<String> filesOfTheHolder() {
        String project = "/api/v1/projects/" + holder.project();
        return List.of(
                "/parcours/projets/" + holder.project(),
                "/accueil/demandes/" + holder.request(),
                project + "/orientation",
                project + "/timeline");
    }

    /** Every page and API that shows the holder's file answers 404 without their name, e-mail or phone. */
    private void closedTo(Cookie who) throws Exception {
        for (String url : filesOfTheHolder()) {
            mvc.perform(get(url).cookie(who))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(holder.personalData())));
        }
        mvc.perform(get("/accueil/territoire").cookie(who))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(holder.title()))));
    }

    private void openTo(Cookie who) throws Exception {
        mvc.perform(get("/parcours/projets/" + holder.project()).cookie(who))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(holder.name()),
                                containsString(holder.email()),
                                containsString(holder.phone()))));
        mvc.perform(get("/accueil/territoire").cookie(who)).andExpect(content().string(containsString(holder.title())));
    }

    private long pendingChange() {
        return jdbc.sql("select id from coverage_change where organisation_id = :id and status = 'pending'")
                .param("id", neighbour)
                .query(Long.class)
                .single();
    }

    private ResultActions decide(Cookie who, long change, String decision) throws Exception {
        return mvc.perform(post("/annuaire/moderation/couvertures/" + change)
                .cookie(who)
                .with(csrf())
                .param("decision", decision));
    }

    @Test
    void aCoverageOfFranceTypedInTheFormWaitsForACoordinatorAndOpensNoFileOfAnotherDesk() throws Exception {
        openTo(dioisAgent);
        editCoverage(attacker, MONTS_DU_PILAT_COMMUNE, "france").andExpect(status().is3xxRedirection());

        closedTo(attacker);
        assertThat(approvedCoverage()).containsExactly(neighbourEpci);
        mvc.perform(get("/annuaire/structures/" + neighbour).cookie(attacker))
                .andExpect(content().string(containsString("Territoire proposé, en attente de validation")));
        mvc.perform(get("/api/v1/organisations/" + neighbour))
                .andExpect(jsonPath("$.coverage[*].kind", contains("epci")));
    }

    @Test
    void aCoverageOfFranceSentThroughTheApiWithATokenWaitsAndOpensNoFileOfAnotherDesk() throws Exception {
        String token = cast.token(attacker);
        ResultActions answer = mvc.perform(withToken(put("/api/v1/organisations/" + neighbour), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson(france())))
                .andExpect(status().isOk());

        for (String url : filesOfTheHolder().subList(2, 4)) {
            mvc.perform(withToken(get(url), token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(holder.personalData())));
        }
        closedTo(attacker);
        assertThat(approvedCoverage()).containsExactly(neighbourEpci);
        answer.andExpect(jsonPath("$.coverage[*].kind", contains("epci")))
                .andExpect(jsonPath("$.pendingCoverage[*].kind", contains("france")));
    }

    @Test
    void theDioisIntercommunalityAsCoverageOpensNeitherItsEventsNorItsPage() throws Exception {
        String title = "Café installation " + UUID.randomUUID().toString().substring(0, 6);
        UUID event = cast.event(dioisAgent, title);
        editCoverage(attacker, AccessCast.DIE, "epci").andExpect(status().is3xxRedirection());

        mvc.perform(get("/agenda/" + event + "/modifier").cookie(attacker)).andExpect(status().isForbidden());
        mvc.perform(post("/agenda/" + event + "/modifier")
                        .cookie(attacker)
                        .with(csrf())
                        .param("kind", "atelier")
                        .param("title", "Annulé par le voisin")
                        .param("mode", "en_ligne"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agenda/" + event)).andExpect(content().string(containsString(title)));
        mvc.perform(get("/territoires/le-diois/modifier").cookie(attacker)).andExpect(status().isNotFound());
        closedTo(attacker);
    }

    @Test
    void aProposedIntercommunalityGivesNoTerritoryPageThere() throws Exception {
        editCoverage(attacker, CREST, "epci").andExpect(status().is3xxRedirection());
        var crest = territories.officialPerimeter(PerimeterKind.EPCI, epciOf(CREST));

        mvc.perform(get("/territoires/nouvelle").cookie(attacker))
                .andExpect(content().string(not(containsString(crest.name()))));
        mvc.perform(post("/territoires/nouvelle")
                        .cookie(attacker)
                        .with(csrf())
                        .param("perimeterId", crest.id().toString())
                        .param("name", "Le Crestois des voisins"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from territory_page where perimeter_id = :id")
                        .param("id", crest.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onceACoordinatorApprovesTheChangeTheCoverageApplies() throws Exception {
        editCoverage(attacker, MONTS_DU_PILAT_COMMUNE, "france").andExpect(status().is3xxRedirection());
        long change = pendingChange();
        mvc.perform(get("/annuaire/moderation").cookie(coordinator))
                .andExpect(content().string(allOf(containsString(neighbourName), containsString("France"))));
        decide(attacker, change, "publish").andExpect(status().isForbidden());
        decide(dioisAgent, change, "publish").andExpect(status().isForbidden());
        assertThat(approvedCoverage()).containsExactly(neighbourEpci);

        decide(coordinator, change, "publish").andExpect(redirectedUrl("/annuaire/moderation"));
        assertThat(approvedCoverage()).containsExactly(france());
        openTo(attacker);
        decide(coordinator, change, "reject").andExpect(redirectedUrl("/annuaire/moderation"));
        assertThat(approvedCoverage()).containsExactly(france());
    }

    @Test
    void aRejectedChangeLeavesTheCoverageAsItWas() throws Exception {
        editCoverage(attacker, MONTS_DU_PILAT_COMMUNE, "france").andExpect(status().is3xxRedirection());
        decide(coordinator, pendingChange(), "reject").andExpect(redirectedUrl("/annuaire/moderation"));

        assertThat(approvedCoverage()).containsExactly(neighbourEpci);
        mvc.perform(get("/annuaire/structures/" + neighbour).cookie(attacker))
                .andExpect(content().string(not(containsString("Territoire proposé, en attente de validation"))));
        closedTo(attacker);
    }

    @Test
    void aCoordinatorsOwnEditOfTheCoverageAppliesAtOnce() throws Exception {
        editCoverage(coordinator, MONTS_DU_PILAT_COMMUNE, "france").andExpect(status().is3xxRedirection());

        assertThat(approvedCoverage()).containsExactly(france());
        mvc.perform(get("/annuaire/moderation").cookie(coordinator))
                .andExpect(content().string(not(containsString(neighbourName))));
    }

    @Test
    void aMemberCannotMakeTheirOrganisationAWelcomeDesk() throws Exception {
        mvc.perform(post("/annuaire/structures/" + neighbour + "/accueil")
                        .cookie(attacker)
                        .with(csrf())
                        .param("level", "epci"))
                .andExpect(status().isForbidden());
        assertThat(directory.welcomeDeskPerimeters(neighbour)).isEmpty();
    }
}
