package fr.passerelle.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.ModuleTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The notifications module on its own: without an SMTP server, an e-mail is written to the log, links and all. */
@ModuleTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsModuleTests {

    /** The module's own sender (the other modules of a module test get {@code SentEmails} instead). */
    @Autowired
    @Qualifier("notifications")
    Notifications notifications;

    @Test
    void anEmailWithoutSmtpIsWrittenToTheLogWithItsLink(CapturedOutput output) {
        String subject = "Votre lien " + UUID.randomUUID();

        notifications.send(new Email("lea@exemple.fr", subject, "Ouvrez http://localhost/connexion/lien?token=abc"));

        assertThat(output.getOut())
                .contains("À : lea@exemple.fr", "Objet : " + subject, "http://localhost/connexion/lien?token=abc");
    }

    @Test
    void sendingToManyGoesOnAfterAFailureAndFailsOnlyWhenNoneWent() {
        Notifications refusingLea = email -> {
            if (email.to().startsWith("lea")) {
                throw new NotificationFailedException("refused", new IllegalStateException());
            }
        };
        Email lea = new Email("lea@exemple.fr", "Objet", "Texte");
        Email paul = new Email("paul@exemple.fr", "Objet", "Texte");

        assertThat(refusingLea.sendEach(java.util.List.of(lea, paul))).isTrue();
        assertThat(refusingLea.sendEach(java.util.List.of(lea))).isFalse();
        assertThat(refusingLea.sendEach(java.util.List.of())).isTrue();
    }
}
