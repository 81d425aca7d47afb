package fr.passerelle.directory.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.MailTexts;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a request to join a structure's entry, once each step is committed: the link that confirms the
 * person's address, the notice to the coordinators, and the decision told to the person.
 */
@Component
@RequiredArgsConstructor
class ClaimMails {

    /** Where the person confirms their address. */
    static final String CONFIRM_PATH = "/annuaire/rejoindre/confirmer/";

    private final OrganisationClaims claims;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MailTexts texts;

    @ApplicationModuleListener
    void on(ClaimEvent event) {
        claims.find(event.claimId()).ifPresent(claim -> {
            switch (event.step()) {
                case ASKED ->
                    send(
                            claim.email(),
                            "directory.join.mail.confirm",
                            claim.name(),
                            claim.organisationName(),
                            texts.link(CONFIRM_PATH + claims.confirmationLink(claim)));
                case CONFIRMED -> {
                    for (UserAccount coordinator : accounts.activeWithRole(Role.COORDINATOR)) {
                        send(
                                coordinator.email(),
                                "directory.join.mail.coordinators",
                                claim.name(),
                                claim.organisationName(),
                                texts.link("/annuaire/moderation#rattachements"),
                                claim.email());
                    }
                }
                case APPROVED ->
                    send(
                            claim.email(),
                            "directory.join.mail.approved",
                            claim.name(),
                            claim.organisationName(),
                            texts.link("/connexion"));
                case REFUSED ->
                    send(
                            claim.email(),
                            "directory.join.mail.refused",
                            claim.name(),
                            claim.organisationName(),
                            claim.refusalReason());
            }
        });
    }

    private void send(String to, String key, Object... arguments) {
        notifications.send(
                new Email(to, texts.text(key + ".subject", arguments), texts.text(key + ".body", arguments)));
    }
}
