package fr.passerelle.pathway;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cast of the pathway tests on the demonstration directory: the Diois welcome desk, which orients a collective
 * bike workshop in Die, and the structures it sends it to, each person signed in through the real login.
 */
final class PathwayScenario {

    static final String DIOIS = "Communauté de communes du Diois";
    static final String INITIATIVE = "Initiative Vallée de la Drôme Diois";

    private final MockMvc mvc;
    private final Accounts accounts;
    private final Intakes intakes;
    private final JdbcClient jdbc;

    PathwayScenario(MockMvc mvc, Accounts accounts, Intakes intakes, JdbcClient jdbc) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.intakes = intakes;
        this.jdbc = jdbc;
    }

    UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    /**
     * A new support structure of the Diois with no member on the platform, published by a coordinator with that
     * contact address (none: an entry nobody could be told through).
     */
    static UUID structureWithoutMembers(Directory directory, AccountUser coordinator, String name, String email) {
        UUID diois = directory.organisationIdByName(DIOIS).orElseThrow();
        return directory.createOrganisation(
                coordinator,
                new OrganisationDraft(
                        name,
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        SubKind.ACCOMPAGNATEUR_GENERALISTE,
                        Area.RURAL,
                        "Une structure d’accompagnement sans compte sur Passerelle.",
                        null,
                        null,
                        email,
                        email == null ? null : "04 75 00 00 00",
                        null,
                        "26113",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        directory.organisation(diois).orElseThrow().coverage(),
                        java.time.LocalDate.now()));
    }

    /** A new member of the organisation, signed in. */
    Cookie member(Role role, String organisation, String email) throws Exception {
        Sessions.user(accounts, email, role, organisation(organisation));
        return Sessions.signIn(mvc, email);
    }

    /** The holder who gave that e-mail, signed in through the link of their confirmation e-mail. */
    Cookie holder(String email) throws Exception {
        return Sessions.signInByLink(mvc, accounts, email);
    }

    /** A collective's bike workshop in Die, at the idea stage, with its title; sharing consented or not. */
    UUID project(String title, String email, boolean consent) {
        intakes.submit(
                new IntakeDraft(
                        HolderKind.COLLECTIVE,
                        "Collectif vélo",
                        email,
                        null,
                        null,
                        null,
                        List.of(),
                        title,
                        null,
                        ProjectKind.INITIATIVE_CITOYENNE,
                        ProjectStage.IDEE,
                        List.of(),
                        true,
                        List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
                        fr.passerelle.intake.internal.TargetScope.EPCI,
                        List.of("26113"),
                        consent,
                        false),
                IntakeChannel.FORM,
                null);
        return jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    /** The desk sends the project to the organisation through the project's page; the referral's id. */
    UUID send(Cookie desk, UUID project, String organisation, String message) throws Exception {
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", organisation(organisation) + "|")
                        .param("message", message))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from referral where project_id = :project and organisation_id = :org")
                .param("project", project)
                .param("org", organisation(organisation))
                .query(UUID.class)
                .single();
    }
}
