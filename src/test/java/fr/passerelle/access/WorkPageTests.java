package fr.passerelle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.intake.Intakes;
import fr.passerelle.testing.PlatformTest;
import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page of work each professional lands on, read as they would: what waits for their own desk, structure or
 * network appears there with its count and link, and nothing of another desk's.
 */
@PlatformTest
class WorkPageTests {

    static final String RECEIVING = "Initiative Vallée de la Drôme Diois";
    static final String OTHER_DESK = "Site de proximité du Roannais";
    static final String VALENCE = "26362";
    private static final Pattern ITEM = Pattern.compile(
            "<a class=\"work-item\" href=\"([^\"]+)\">\\s*<span class=\"work-count\" aria-hidden=\"true\">(\\d+)</span>"
                    + "\\s*<span>([^<]+)</span>");

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

    @BeforeEach
    void cast() {
        cast = new AccessCast(mvc, accounts, intakes, directory, jdbc);
    }

    /** A line of the page: its link and its count. */
    record Line(String href, int count) {}

    /** The lines of the user's page of work, by their text with the count taken out. */
    private Map<String, Line> work(Cookie who) throws Exception {
        String page = mvc.perform(get("/mon-travail").cookie(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Line> lines = new LinkedHashMap<>();
        Matcher item = ITEM.matcher(page);
        while (item.find()) {
            int count = Integer.parseInt(item.group(2));
            assertThat(item.group(3)).as("the line says its own count").startsWith(count == 1 ? "Un" : count + " ");
            lines.put(item.group(3).replaceFirst("^\\S+ ", ""), new Line(item.group(1), count));
        }
        return lines;
    }

    /** The count of the line whose text holds these words; 0 when the page has no such line. */
    private int count(Cookie who, String words) throws Exception {
        return work(who).entrySet().stream()
                .filter(line -> line.getKey().contains(words))
                .mapToInt(line -> line.getValue().count())
                .sum();
    }

    private String href(Cookie who, String words) throws Exception {
        return work(who).entrySet().stream()
                .filter(line -> line.getKey().contains(words))
                .map(line -> line.getValue().href())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + words));
    }

    @Test
    void aDeskAgentSeesTheirDesksNewRequestAndAnotherDeskDoesNot() throws Exception {
        Cookie desk = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
        Cookie otherDesk = cast.member(Role.TERRITORY_AGENT, cast.organisation(OTHER_DESK));
        int before = count(desk, "à prendre par votre guichet");
        int otherBefore = count(otherDesk, "à prendre par votre guichet");

        AccessCast.Holder holder = cast.holderInDie();

        assertThat(count(desk, "à prendre par votre guichet")).isEqualTo(before + 1);
        assertThat(href(desk, "à prendre par votre guichet")).isEqualTo("/accueil/demandes");
        assertThat(count(otherDesk, "à prendre par votre guichet")).isEqualTo(otherBefore);
        mvc.perform(post("/accueil/demandes/" + holder.request() + "/prendre")
                        .cookie(desk)
                        .with(csrf()))
                .andExpect(redirectedUrl("/accueil/demandes/" + holder.request()));
        assertThat(count(desk, "à prendre par votre guichet")).isEqualTo(before);
    }

    @Test
    void anAdvisorSeesAReferralToAnswerAndAnotherStructuresAdvisorDoesNot() throws Exception {
        Cookie advisor = cast.member(Role.ADVISOR, cast.organisation(RECEIVING));
        Cookie elsewhere = cast.member(Role.ADVISOR, cast.organisation(OTHER_DESK));
        int before = count(advisor, "auxquelles répondre") + count(advisor, "à laquelle répondre");
        int elsewhereBefore = count(elsewhere, "répondre");
        AccessCast.Holder holder = cast.holderInDie();
        Cookie desk = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));

        mvc.perform(post("/parcours/projets/" + holder.project() + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", cast.organisation(RECEIVING) + "|")
                        .param("message", "Projet de céramique, cherche un accompagnement."))
                .andExpect(status().is3xxRedirection());

        assertThat(count(advisor, "auxquelles répondre") + count(advisor, "à laquelle répondre"))
                .isEqualTo(before + 1);
        assertThat(href(advisor, "répondre")).isEqualTo("/parcours/orientations");
        assertThat(count(elsewhere, "répondre")).isEqualTo(elsewhereBefore);
    }

    @Test
    void aCoordinatorSeesARequestNoDeskCoversWhichADeskAgentDoesNot() throws Exception {
        Cookie coordinator = cast.member(Role.COORDINATOR);
        Cookie desk = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
        int before = count(coordinator, "aucun guichet");
        String suffix = UUID.randomUUID().toString().substring(0, 6);

        var receipt = intakes.submit(
                new fr.passerelle.intake.internal.IntakeDraft(
                        fr.passerelle.intake.internal.HolderKind.PERSON,
                        "Sacha Valentin " + suffix,
                        fr.passerelle.testing.Sessions.uniqueEmail("sacha"),
                        null,
                        null,
                        null,
                        java.util.List.of(),
                        "Librairie de quartier " + suffix,
                        null,
                        fr.passerelle.common.ProjectKind.CREATION_INDIVIDUELLE,
                        fr.passerelle.common.ProjectStage.IDEE,
                        java.util.List.of(),
                        false,
                        java.util.List.of(fr.passerelle.common.Need.ACCOMPAGNEMENT),
                        fr.passerelle.intake.internal.TargetScope.COMMUNES,
                        java.util.List.of(VALENCE),
                        true,
                        true),
                fr.passerelle.intake.IntakeChannel.FORM,
                null);

        assertThat(receipt.deskName()).as("Valence has no welcome desk").isNull();
        assertThat(count(coordinator, "aucun guichet")).isEqualTo(before + 1);
        assertThat(href(coordinator, "aucun guichet")).isEqualTo("/accueil/demandes");
        assertThat(count(desk, "aucun guichet")).isZero();
    }

    @Test
    void aCoordinatorSeesAProposalToModerateWhichAnAgentDoesNot() throws Exception {
        Cookie coordinator = cast.member(Role.COORDINATOR);
        Cookie agent = cast.member(Role.TERRITORY_AGENT, cast.organisation(AccessCast.DIOIS));
        int before = count(coordinator, "à modérer");
        String name = "Tiers-lieu de test " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/annuaire/proposer")
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "SUPPORT_STRUCTURE")
                        .param("family", "INFORM_ORIENT")
                        .param("area", "RURAL")
                        .param("description", "Au village.")
                        .param("commune", AccessCast.DIE)
                        .param("coverageLevel", "epci")
                        .param("proposerEmail", "habitant@exemple.fr"))
                .andExpect(redirectedUrl("/annuaire/proposer/merci"));
        UUID proposal = directory.proposedOrganisations(fr.passerelle.testing.Sessions.national()).stream()
                .filter(organisation -> organisation.name().equals(name))
                .map(Organisation::id)
                .findFirst()
                .orElseThrow();
        try {
            assertThat(count(coordinator, "à modérer")).isEqualTo(before + 1);
            assertThat(href(coordinator, "à modérer")).isEqualTo("/annuaire/moderation");
            assertThat(count(agent, "à modérer")).isZero();
        } finally {
            cast.remove(proposal);
        }
    }
}
