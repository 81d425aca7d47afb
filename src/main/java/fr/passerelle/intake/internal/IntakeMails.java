package fr.passerelle.intake.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once a request is committed: the holder's confirmation, with a link that opens their space, and a notice to the
 * welcome desk's members (or to the coordinators when no desk covers the place). Kept by the event registry until
 * sent, so a failed send is tried again at the next start.
 */
@Component
class IntakeMails {

    /** Long enough for an e-mail read the next day; a new link can be asked for at any time afterwards. */
    static final Duration LINK_VALIDITY = Duration.ofHours(48);

    /** The page where the person of the e-mail confirms a request made with their address. */
    static final String CLAIM_PATH = "/accueil/confirmer?jeton=";

    private final Notifications notifications;
    private final HolderClaims claims;
    private final Accounts accounts;
    private final MessageSource messages;
    private final SiteAddress site;

    IntakeMails(
            Notifications notifications,
            Accounts accounts,
            MessageSource messages,
            HolderClaims claims,
            SiteAddress site) {
        this.claims = claims;
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.site = site;
    }

    /** The holder's confirmation, with the link to their space. */
    @ApplicationModuleListener
    void confirm(IntakeSubmitted submitted) {
        String desk = submitted.deskName() != null ? submitted.deskName() : text("intake.mail.coordinators");
        notifications.send(new Email(
                submitted.holderEmail(),
                text("intake.mail.confirmation.subject", submitted.reference()),
                text(
                        "intake.mail.confirmation.body",
                        submitted.holderName(),
                        submitted.projectTitle(),
                        submitted.reference(),
                        desk,
                        access(submitted))));
    }

    /** How the holder reaches the request: their space by link, or first a confirmation that it is theirs. */
    private String access(IntakeSubmitted submitted) {
        if (submitted.unconfirmedHolderId() != null) {
            String token = claims.issue(submitted.unconfirmedHolderId());
            return text("intake.mail.confirmation.claim", site.url() + CLAIM_PATH + token);
        }
        return submitted.holderUserId() != null
                ? text("intake.mail.confirmation.link", accounts.signInLink(submitted.holderUserId(), LINK_VALIDITY))
                : text("intake.mail.confirmation.noLink", site.url() + "/connexion");
    }

    /** The notice to the desk's members, or to the coordinators; a separate listener, so each is retried alone. */
    @ApplicationModuleListener
    void notifyDesk(IntakeSubmitted submitted) {
        List<UserAccount> welcomers = submitted.deskOrganisationId() != null
                ? accounts.activeMembers(Set.of(submitted.deskOrganisationId()))
                : accounts.activeWithRole(Role.COORDINATOR);
        String link = site.url() + "/accueil/demandes/" + submitted.requestId();
        for (UserAccount welcomer : welcomers) {
            notifications.send(new Email(
                    welcomer.email(),
                    text("intake.mail.desk.subject", submitted.reference()),
                    text("intake.mail.desk.body", welcomer.displayName(), submitted.projectTitle(), link)));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
