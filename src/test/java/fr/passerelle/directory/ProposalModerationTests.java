package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.testing.Mails;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The moderation queue shows what a coordinator needs to decide on a proposal (its commune, its website, who proposed
 * it), and a rejection takes a reason that the proposer reads in the e-mail telling them.
 */
@PlatformTest
class ProposalModerationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mails.inbox();

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.passerelle.territory.Territories territories;

    @Test
    void aRejectionTakesAReasonThatTheProposerReads() throws Exception {
        String proposer = Sessions.uniqueEmail("proposeuse");
        String name = "Épicerie proposée " + UUID.randomUUID().toString().substring(0, 6);
        UUID proposal = directory.proposeOrganisation(
                DirectoryFixtures.organisation(
                        name,
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        "Une épicerie associative qui accompagne les projets du village.",
                        List.of(drome())),
                proposer);
        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        Cookie coordinator = Sessions.signIn(mvc, coordinatorEmail);

        mvc.perform(get("/annuaire/moderation").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"proposition-" + proposal + "\""),
                                containsString(name),
                                containsString("Die (26)"),
                                containsString("href=\"https://exemple.fr\""),
                                containsString("mailto:" + proposer),
                                containsString("Raison du refus"))));

        String action = "/annuaire/moderation/structures/" + proposal;
        mvc.perform(post(action).cookie(coordinator).with(csrf()).param("decision", "reject"))
                .andExpect(redirectedUrl("/annuaire/moderation#proposition-" + proposal))
                .andExpect(flash().attribute("reasonError", "moderation.reason.required"))
                .andExpect(flash().attribute("reasonErrorId", proposal));
        String tooLong = "x".repeat(2001);
        mvc.perform(post(action)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("decision", "reject")
                        .param("reason", tooLong))
                .andExpect(flash().attribute("reasonError", "moderation.reason.length"))
                .andExpect(flash().attribute("reasonDraft", tooLong));
        assertThat(status(proposal)).isEqualTo("proposed");

        String reason = "Cette épicerie a déjà sa fiche : « Épicerie du Diois », que ses membres tiennent à jour.";
        mvc.perform(post(action)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("decision", "reject")
                        .param("reason", reason))
                .andExpect(flash().attribute(PageAnswers.NOTICE, "moderation.done.reject"));
        assertThat(status(proposal)).isEqualTo("rejected");
        String mail = Mails.text(Mails.awaitMail(greenMail, proposer, name));
        assertThat(mail).contains("pour cette raison").contains(reason).doesNotContain(proposal.toString());
    }

    @Test
    void publishingAsksNoReason() throws Exception {
        String proposer = Sessions.uniqueEmail("proposeur");
        String name = "Tiers-lieu proposé " + UUID.randomUUID().toString().substring(0, 6);
        UUID proposal = directory.proposeOrganisation(
                DirectoryFixtures.organisation(
                        name,
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        "Un tiers-lieu.",
                        List.of(drome())),
                proposer);
        String coordinatorEmail = Sessions.uniqueEmail("coordination");
        Sessions.user(accounts, coordinatorEmail, Role.COORDINATOR);
        Cookie coordinator = Sessions.signIn(mvc, coordinatorEmail);

        mvc.perform(post("/annuaire/moderation/structures/" + proposal)
                        .cookie(coordinator)
                        .with(csrf())
                        .param("decision", "publish"))
                .andExpect(flash().attribute(PageAnswers.NOTICE, "moderation.done.publish"));
        assertThat(status(proposal)).isEqualTo("published");
        assertThat(Mails.text(Mails.awaitMail(greenMail, proposer, name))).contains("/annuaire/structures/" + proposal);
    }

    private UUID drome() {
        return territories
                .officialPerimeter(fr.passerelle.territory.PerimeterKind.DEPARTEMENT, "26")
                .id();
    }

    private String status(UUID organisation) {
        return jdbc.sql("select status from organisation where id = :id")
                .param("id", organisation)
                .query(String.class)
                .single();
    }
}
