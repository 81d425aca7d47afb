package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.internal.EntryReport;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who may change which entry, and moderation, tested from the outside as each user, in HTML and the API. */
@PlatformTest
class DirectoryAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    UUID own;
    UUID other;

    @BeforeEach
    void entries() {
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID drome = fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26");
        own = fixtures.published(
                "Maison des projets " + UUID.randomUUID(),
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Accompagne les projets.",
                drome);
        other = fixtures.published(
                "Autre structure " + UUID.randomUUID(),
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Une autre structure.",
                drome);
    }

    private Cookie advisorOf(UUID organisation) throws Exception {
        String email = Sessions.uniqueEmail("conseil");
        Sessions.user(accounts, email, Role.ADVISOR, organisation);
        return Sessions.signIn(mvc, email);
    }

    private static String draftJson(String name) {
        return """
                {"name": "%s", "kind": "support_structure", "family": "represent_support", "area": "rural",
                 "description": "Modifiée par l'API.", "communeCode": "26113", "latitude": 44.75, "longitude": 5.37,
                 "coverage": []}
                """
                .formatted(name);
    }

    @Test
    void anAdvisorEditsTheirOwnOrganisationButNotAnother() throws Exception {
        Cookie session = advisorOf(own);
        mvc.perform(get("/annuaire/structures/" + own + "/modifier").cookie(session))
                .andExpect(status().isOk());
        mvc.perform(get("/annuaire/structures/" + other + "/modifier").cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/annuaire/structures/" + other + "/modifier")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Piratée")
                        .param("kind", "SUPPORT_STRUCTURE")
                        .param("family", "FUND")
                        .param("area", "RURAL")
                        .param("commune", "26113")
                        .param("coverageLevel", "keep"))
                .andExpect(status().isForbidden());
        assertThat(directory.organisation(other).orElseThrow().name()).startsWith("Autre structure");
    }

    @Test
    void theApiAppliesTheSameRule() throws Exception {
        Cookie session = advisorOf(own);
        UUID drome =
                territories.officialPerimeter(PerimeterKind.DEPARTEMENT, "26").id();
        String body = draftJson("Piratée").replace("\"coverage\": []", "\"coverage\": [\"" + drome + "\"]");
        mvc.perform(put("/api/v1/organisations/" + other)
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Votre compte ne vous donne pas ce droit."));
        mvc.perform(put("/api/v1/organisations/" + own)
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Piratée", "Maison renommée")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Maison renommée"));
    }

    @Test
    void theApiExplainsInvalidDraftsFieldByField() throws Exception {
        Cookie session = advisorOf(own);
        mvc.perform(put("/api/v1/organisations/" + own)
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draftJson("")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Indiquez le nom.")))
                .andExpect(content().string(containsString("Indiquez au moins un territoire couvert.")));
    }

    @Test
    void aVisitorsProposalWaitsForACoordinator() throws Exception {
        String name = "Épicerie proposée " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/annuaire/proposer")
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "SUPPORT_STRUCTURE")
                        .param("family", "INFORM_ORIENT")
                        .param("area", "RURAL")
                        .param("description", "Au village.")
                        .param("commune", "26113")
                        .param("coverageLevel", "epci")
                        .param("proposerEmail", "habitant@exemple.fr"))
                .andExpect(redirectedUrl("/annuaire/proposer/merci"));
        Organisation proposal = directory.proposedOrganisations(fr.passerelle.testing.Sessions.national()).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/annuaire/structures/" + proposal.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + proposal.id())).andExpect(status().isNotFound());

        Cookie advisor = advisorOf(own);
        mvc.perform(get("/annuaire/moderation").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(post("/annuaire/moderation/structures/" + proposal.id())
                        .cookie(advisor)
                        .with(csrf())
                        .param("decision", "publish"))
                .andExpect(status().isForbidden());

        String coordinator = Sessions.uniqueEmail("coord");
        Sessions.user(accounts, coordinator, Role.COORDINATOR);
        Cookie session = Sessions.signIn(mvc, coordinator);
        mvc.perform(get("/annuaire/moderation").cookie(session))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/annuaire/moderation/structures/" + proposal.id())
                        .cookie(session)
                        .with(csrf())
                        .param("decision", "publish"))
                .andExpect(redirectedUrl("/annuaire/moderation"));
        mvc.perform(get("/annuaire/structures/" + proposal.id())).andExpect(status().isOk());
    }

    @Test
    void aProposalWithMistakesIsExplainedInFrenchAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/annuaire/proposer")
                        .with(csrf())
                        .param("name", "Ma structure")
                        .param("kind", "INITIATIVE")
                        .param("family", "FUND")
                        .param("area", "RURAL")
                        .param("website", "exemple.fr")
                        .param("commune", "")
                        .param("coverageLevel", "epci")
                        .param("proposerEmail", "pas-un-email"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("L’adresse du site doit commencer par http:// ou https://.")))
                .andExpect(content().string(containsString("Choisissez la commune du siège dans la liste.")))
                .andExpect(content().string(containsString("Indiquez votre adresse e-mail")))
                .andExpect(content().string(containsString("value=\"Ma structure\"")));
    }

    @Test
    void visitorsReportErrorsThatCoordinatorsSee() throws Exception {
        mvc.perform(post("/annuaire/structures/" + own + "/signaler")
                        .with(csrf())
                        .param("message", "x"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Le signalement doit compter entre 5 et 2 000 caractères.")));
        mvc.perform(post("/annuaire/structures/" + own + "/signaler")
                        .with(csrf())
                        .param("message", "Le téléphone a changé.")
                        .param("email", ""))
                .andExpect(redirectedUrl("/annuaire/structures/" + own))
                .andExpect(flash().attribute("notice", "report.thanks"));
        assertThat(directory.openReports(fr.passerelle.testing.Sessions.national()))
                .extracting(EntryReport::message)
                .contains("Le téléphone a changé.");
    }
}
