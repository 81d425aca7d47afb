package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.HolderRights;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.ScheduledJobs;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The holder's rights, exercised from their space: withdrawing consent closes the referred structure's access,
 * the export holds the whole file, erasure removes the personal data everywhere and keeps the anonymous facts,
 * and files inactive for 24 months are erased by the nightly job.
 */
@PlatformTest
class HolderRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Intakes intakes;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String email;
    String title;
    UUID project;
    Cookie holder;
    Cookie desk;
    Cookie advisor;

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    private Cookie staff(Role role, String organisation) throws Exception {
        String address = Sessions.uniqueEmail("staff");
        Sessions.user(accounts, address, role, organisation(organisation));
        return Sessions.signIn(mvc, address);
    }

    @BeforeEach
    void file() throws Exception {
        email = Sessions.uniqueEmail("porteur");
        title = "Boulangerie paysanne " + UUID.randomUUID().toString().substring(0, 6);
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Sam Durand",
                        email,
                        "06 12 34 56 78",
                        null,
                        "69123",
                        List.of(),
                        title,
                        "Four à bois et farines locales.",
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.EMERGENCE,
                        List.of(),
                        false,
                        List.of(Need.FINANCEMENT),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.FORM,
                null);
        project = jdbc.sql("select id from project where title = :t")
                .param("t", title)
                .query(UUID.class)
                .single();
        holder = Sessions.signInByLink(mvc, accounts, email);
        desk = staff(Role.TERRITORY_AGENT, "Communauté de communes du Diois");
        advisor = staff(Role.ADVISOR, "Initiative Vallée de la Drôme Diois");
        mvc.perform(post("/parcours/projets/" + project + "/orientations")
                        .cookie(desk)
                        .with(csrf())
                        .param("target", organisation("Initiative Vallée de la Drôme Diois") + "|")
                        .param("message", "Sam cherche un prêt d’honneur pour son four."))
                .andExpect(flash().attribute("notice", "pathway.sent.members"));
    }

    @Test
    void withdrawingConsentClosesTheReferredStructuresAccess() throws Exception {
        mvc.perform(get("/parcours/projets/" + project).cookie(advisor)).andExpect(status().isOk());
        mvc.perform(post("/espace/accords").cookie(holder).with(csrf()).param("territoryContact", "true"))
                .andExpect(redirectedUrl("/espace"));
        mvc.perform(get("/parcours/projets/" + project).cookie(advisor)).andExpect(status().isNotFound());
        UUID referral = jdbc.sql("select id from referral where project_id = :p")
                .param("p", project)
                .query(UUID.class)
                .single();
        mvc.perform(get("/parcours/orientations/" + referral).cookie(advisor))
                .andExpect(content().string(containsString("retiré son accord")));
        // The desk that welcomed the person still follows the file.
        mvc.perform(get("/parcours/projets/" + project).cookie(desk)).andExpect(status().isOk());
    }

    @Test
    void theExportHoldsTheWholeFile() throws Exception {
        mvc.perform(get("/espace/mes-donnees.json").cookie(holder))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mes-donnees-passerelle.json")))
                .andExpect(jsonPath("$.porteurs[0].email").value(email))
                .andExpect(jsonPath("$.projets[0].title").value(title))
                .andExpect(jsonPath("$.demandes[0].reference").isString())
                .andExpect(jsonPath("$.accords.length()").value(2))
                .andExpect(jsonPath("$.mises_en_relation[0].structure").value("Initiative Vallée de la Drôme Diois"))
                .andExpect(jsonPath("$.mises_en_relation[0].message")
                        .value("Sam cherche un prêt d’honneur pour son four."))
                .andExpect(jsonPath("$.consultations_du_dossier").isArray());
        mvc.perform(get("/espace/mes-donnees.json")).andExpect(status().is3xxRedirection());
    }

    @Test
    void erasureRemovesThePersonalDataAndKeepsTheAnonymousFacts() throws Exception {
        mvc.perform(post("/espace/effacer").cookie(holder).with(csrf()))
                .andExpect(flash().attribute("eraseError", "space.erase.confirm.required"));
        assertThat(accounts.findByEmail(email)).isPresent();

        mvc.perform(post("/espace/effacer").cookie(holder).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl("/?efface"));

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from project_holder where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select title from project where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("Projet effacé");
        assertThat(jdbc.sql("select stage from project where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("emergence");
        assertThat(jdbc.sql("select message from referral where project_id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("—");
        assertThat(jdbc.sql("select count(*) from intake_request where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/parcours/projets/" + project).cookie(desk))
                .andExpect(content().string(containsString("Anonyme")));
    }

    private UUID holderOfTheProject() {
        return jdbc.sql("select holder_id from project where id = :p")
                .param("p", project)
                .query(UUID.class)
                .single();
    }

    private boolean erased(UUID holderId) {
        return jdbc.sql("select erased_at is not null from project_holder where id = :h")
                .param("h", holderId)
                .query(Boolean.class)
                .single();
    }

    /** The file left untouched for 25 months: no activity of the holder, no request since. */
    private void inactiveFor25Months(UUID holderId) {
        jdbc.sql("update project_holder set last_active_at = now() - interval '25 months' where id = :h")
                .param("h", holderId)
                .update();
        jdbc.sql("update intake_request set created_at = now() - interval '25 months' where project_id = :p")
                .param("p", project)
                .update();
    }

    private <T> T value(String sql, Class<T> type) {
        return jdbc.sql(sql).param("p", project).query(type).single();
    }

    @Test
    void filesInactiveFor24MonthsAreErasedByTheNightlyJob() throws Exception {
        UUID holderId = holderOfTheProject();
        ScheduledJobs.run(context, HolderRights.class, "everyNight");
        assertThat(erased(holderId)).isFalse();

        inactiveFor25Months(holderId);
        ScheduledJobs.runTwiceAtOnce(context, HolderRights.class, "everyNight");
        assertThat(erased(holderId)).isTrue();
        assertThat(jdbc.sql("select name from project_holder where id = :h")
                        .param("h", holderId)
                        .query(String.class)
                        .single())
                .isEqualTo("Anonyme");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(jdbc.sql("select count(*) from project_holder where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(value(
                        "select h.phone is null from project_holder h join project p on p.holder_id = h.id where p.id = :p",
                        Boolean.class))
                .isTrue();
        assertThat(value("select title from project where id = :p", String.class))
                .isEqualTo("Projet effacé");
        assertThat(value("select message from referral where project_id = :p", String.class))
                .isEqualTo("—");
        assertThat(value("select stage from project where id = :p", String.class))
                .isEqualTo("emergence");
        assertThat(value("select count(*) from intake_request where project_id = :p", Long.class))
                .isEqualTo(1);
        assertThat(value("select count(*) from referral where project_id = :p", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aSecondInstanceLeavesTheNightlyErasureToTheOneAtIt() throws Exception {
        UUID holderId = holderOfTheProject();
        inactiveFor25Months(holderId);
        ScheduledJobs.whileAnotherInstanceHolds(context, 7_301_008L, () -> {
            ScheduledJobs.run(context, HolderRights.class, "everyNight");
            assertThat(erased(holderId)).isFalse();
        });
        ScheduledJobs.run(context, HolderRights.class, "everyNight");
        assertThat(erased(holderId)).isTrue();
    }
}
