package fr.passerelle.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.groups.internal.GroupsDemoData;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A working group's documents kept for its members (the minutes of its first meeting, in the library) open for its
 * members, by their own link or signed in with their address, and for the coordinators; not for a professional who
 * is not a member, nor for a visitor. The library's other reserved documents stay open to every professional.
 */
@PlatformTest
class GroupDocumentsAccessTests {

    private static final String PAGE = "/groupes/" + GroupsDemoData.SLUG;
    private static final String MINUTES_DOCUMENT = "Relevé de la première réunion du groupe de travail";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Groups groups;

    @Autowired
    Resources resources;

    @Autowired
    JdbcClient jdbc;

    UUID document;
    UUID groupId;

    @BeforeEach
    void theGroupsReservedDocument() {
        groupId = groups.bySlug(GroupsDemoData.SLUG).id();
        document = jdbc.sql("select id from resource where title = :t")
                .param("t", MINUTES_DOCUMENT)
                .query(UUID.class)
                .single();
    }

    @Test
    void aMembersOwnLinkOpensTheGroupsReservedDocumentWhileTheyAreAMember() throws Exception {
        String email = Sessions.uniqueEmail("membre-lien");
        groups.recordMember(groupId, "Léa Fournier", email, "Commune de Luc-en-Diois", null);
        UUID member = memberId(email);
        String token = groups.issueLink(member);

        MvcResult page = mvc.perform(get(PAGE + "/membre/" + token).param("annee", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MINUTES_DOCUMENT)))
                .andReturn();
        Cookie session = page.getResponse().getCookie("PASSERELLE_SESSION");
        assertThat(session)
                .as("the link's reading is remembered for the browser session")
                .isNotNull();
        mvc.perform(get("/ressources/" + document).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MINUTES_DOCUMENT)));
        mvc.perform(get("/ressources/" + document + "/fichier").cookie(session)).andExpect(status().isOk());

        // Once they left the group, the same browser session no longer opens it.
        jdbc.sql("update group_member set status = 'left' where id = :id")
                .param("id", member)
                .update();
        mvc.perform(get("/ressources/" + document).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/membre/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void aProfessionalWhoIsNotAMemberNeitherSeesNorOpensIt() throws Exception {
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get(PAGE).param("annee", "2021").cookie(advisor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(MINUTES_DOCUMENT))));
        mvc.perform(get("/ressources/" + document).cookie(advisor)).andExpect(status().isNotFound());
        mvc.perform(get("/ressources/" + document + "/fichier").cookie(advisor)).andExpect(status().isNotFound());
        mvc.perform(get("/ressources")
                        .param("q", "relevé réunion groupe de travail")
                        .cookie(advisor))
                .andExpect(content().string(not(containsString(MINUTES_DOCUMENT))));

        // The library's reserved documents that belong to no group stay open to every professional.
        UUID forProfessionals = reservedDocumentOfNoGroup();
        mvc.perform(get("/ressources/" + forProfessionals).cookie(advisor)).andExpect(status().isOk());
        mvc.perform(get("/ressources/" + forProfessionals)).andExpect(status().isNotFound());
    }

    @Test
    void aVisitorNeitherSeesNorOpensIt() throws Exception {
        mvc.perform(get(PAGE).param("annee", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(MINUTES_DOCUMENT))));
        mvc.perform(get("/ressources/" + document)).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/membre/lien-invente")).andExpect(status().isNotFound());
        mvc.perform(get("/ressources/" + document)).andExpect(status().isNotFound());
    }

    @Test
    void aMemberSignedInWithTheirAddressAndACoordinatorOpenIt() throws Exception {
        String email = Sessions.uniqueEmail("membre-compte");
        groups.recordMember(groupId, "Marc Rey", email, null, null);
        Sessions.user(accounts, email, Role.TERRITORY_AGENT);
        Cookie member = Sessions.signIn(mvc, email);
        mvc.perform(get(PAGE).param("annee", "2021").cookie(member))
                .andExpect(content().string(containsString(MINUTES_DOCUMENT)));
        mvc.perform(get("/ressources/" + document).cookie(member)).andExpect(status().isOk());

        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        Cookie coordinator = Sessions.signIn(mvc, coordinatorEmail);
        mvc.perform(get("/ressources/" + document).cookie(coordinator)).andExpect(status().isOk());
    }

    private UUID memberId(String email) {
        return jdbc.sql("select id from group_member where email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }

    private UUID reservedDocumentOfNoGroup() {
        AccountUser coordinator = new AccountUser(
                UUID.randomUUID(),
                "coordination@exemple.fr",
                "Coordination",
                Set.of(Role.COORDINATOR),
                Set.of(),
                true,
                null);
        return resources.publish(
                coordinator,
                new ResourceDraft(
                        new ResourceDraft.Description(
                                "Annuaire interne des chargés de mission " + UUID.randomUUID(),
                                ResourceKind.LIEN,
                                "Pour les professionnels du réseau.",
                                List.of(),
                                List.of(),
                                null),
                        null,
                        "Coordination",
                        LocalDate.now(),
                        true,
                        "https://exemple.fr/annuaire-interne",
                        List.of(),
                        List.of()),
                null);
    }
}
