package fr.passerelle.directory.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a request to join a structure's entry, once each step is committed: the link that confirms the
 * person's address, the notice to the coordinators, and the decision told to the person.
 */
@Component
class ClaimMails {

    /** Where the person confirms their address. */
    static final String CONFIRM_PATH = "/annuaire/rejoindre/confirmer/";

    private final OrganisationClaims claims;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    ClaimMails(
            OrganisationClaims claims,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            @Value("${passerelle.base-url}") String baseUrl) {
        this.claims = claims;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

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
                            baseUrl + CONFIRM_PATH + claims.confirmationLink(claim));
                case CONFIRMED -> {
                    for (UserAccount coordinator : accounts.activeWithRole(Role.COORDINATOR)) {
                        send(
                                coordinator.email(),
                                "directory.join.mail.coordinators",
                                claim.name(),
                                claim.organisationName(),
                                baseUrl + "/annuaire/moderation#rattachements",
                                claim.email());
                    }
                }
                case APPROVED ->
                    send(
                            claim.email(),
                            "directory.join.mail.approved",
                            claim.name(),
                            claim.organisationName(),
                            baseUrl + "/connexion");
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
        notifications.send(new Email(
                to,
                messages.getMessage(key + ".subject", arguments, Locale.FRENCH),
                messages.getMessage(key + ".body", arguments, Locale.FRENCH)));
    }
}
