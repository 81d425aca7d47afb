package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.internal.ProposalModerated;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.SentEmails;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The directory module on its own (with what it uses): a moderated proposal is told to whoever proposed it. */
@ModuleTest
class DirectoryEventsTests {

    @Autowired
    SentEmails emails;

    @Test
    void aPublishedStructureIsAnnouncedToItsProposerWithItsLink(Scenario scenario) {
        UUID entry = UUID.randomUUID();
        String proposer = "proposeuse-" + entry + "@exemple.fr";

        scenario.publish(new ProposalModerated(entry, false, "Épicerie du Diois", proposer, true))
                .andWaitForStateChange(() -> emails.to(proposer))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo(
                                    "Annuaire Passerelle\u00a0: votre proposition «\u00a0Épicerie du Diois\u00a0» est publiée");
                    assertThat(mail.body()).contains("http://localhost/annuaire/structures/" + entry);
                }));
    }

    @Test
    void aPublishedSchemeIsAnnouncedWithTheSchemesAddress(Scenario scenario) {
        UUID entry = UUID.randomUUID();
        String proposer = "proposeur-" + entry + "@exemple.fr";

        scenario.publish(new ProposalModerated(entry, true, "Prêt d’honneur", proposer, true))
                .andWaitForStateChange(() -> emails.to(proposer))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.body())
                        .contains("http://localhost/annuaire/dispositifs/" + entry)));
    }

    @Test
    void aRejectedProposalIsToldToItsProposerWithoutALink(Scenario scenario) {
        UUID entry = UUID.randomUUID();
        String proposer = "proposeur-" + entry + "@exemple.fr";

        scenario.publish(new ProposalModerated(entry, false, "Épicerie en double", proposer, false))
                .andWaitForStateChange(() -> emails.to(proposer))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    assertThat(mail.subject())
                            .isEqualTo("Annuaire Passerelle\u00a0: votre proposition «\u00a0Épicerie en double\u00a0»");
                    assertThat(mail.body()).contains("ne l’a pas publiée").doesNotContain(entry.toString());
                }));
    }
}
