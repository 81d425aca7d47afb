package fr.passerelle.intake.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.MailTexts;
import fr.passerelle.directory.Reach;
import fr.passerelle.directory.StructureReach;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Once a request is committed: the holder's confirmation, with a link that opens their space, and a notice to the
 * welcome desk (its members, or its contact address) or to the coordinators when no desk covers the place. Kept by the event registry until
 * sent, so a failed send is tried again at the next start.
 */
@Component
@RequiredArgsConstructor
class IntakeMails {

    /** Long enough for an e-mail read the next day; a new link can be asked for at any time afterwards. */
    static final Duration LINK_VALIDITY = Duration.ofHours(48);

    /** The page where the person of the e-mail confirms a request made with their address. */
    static final String CLAIM_PATH = "/accueil/confirmer?jeton=";

    private final Notifications notifications;
    private final Accounts accounts;
    private final MailTexts texts;
    private final HolderClaims claims;
    private final StructureReach structures;
    private final DeskLinks deskLinks;
    private final CoordinatorReach reach;

    /** The holder's confirmation, with the link to their space; none for a person who gave no e-mail address. */
    @ApplicationModuleListener
    void confirm(IntakeSubmitted submitted) {
        if (submitted.holderEmail() == null) {
            return;
        }
        String desk = submitted.deskName() != null ? submitted.deskName() : texts.text("intake.mail.coordinators");
        notifications.send(new Email(
                submitted.holderEmail(),
                texts.text("intake.mail.confirmation.subject", submitted.reference()),
                texts.text(
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
            return texts.text("intake.mail.confirmation.claim", texts.link(CLAIM_PATH + token));
        }
        return submitted.holderUserId() != null
                ? texts.text(
                        "intake.mail.confirmation.link", accounts.signInLink(submitted.holderUserId(), LINK_VALIDITY))
                : texts.text("intake.mail.confirmation.noLink", texts.link("/connexion"));
    }

    /**
     * The notice to the desk's members; to its contact address, with a link to take the request without an account,
     * when it has no member; to the coordinators of the networks whose régions the project aims at (the national
     * level where no network's do) when no desk covers the place or the desk cannot be reached. A separate listener,
     * so each is retried alone.
     */
    @ApplicationModuleListener
    void notifyDesk(IntakeSubmitted submitted) {
        Reach desk = structures.of(submitted.deskOrganisationId()).orElse(null);
        if (desk != null && desk.byAddress()) {
            notifications.send(new Email(
                    desk.address(),
                    texts.text("intake.mail.desk.subject", submitted.reference()),
                    texts.text(
                            "intake.mail.desk.byAddress",
                            desk.name(),
                            submitted.projectTitle(),
                            texts.link(DeskLinks.PATH + deskLinks.issue(submitted.requestId(), desk)),
                            texts.link("/annuaire/structures/" + desk.organisationId() + "/rejoindre"))));
            return;
        }
        List<UserAccount> welcomers = desk != null && !desk.members().isEmpty()
                ? desk.members()
                : reach.coordinatorsOf(submitted.requestId());
        String link = texts.link("/accueil/demandes/" + submitted.requestId());
        for (UserAccount welcomer : welcomers) {
            notifications.send(new Email(
                    welcomer.email(),
                    texts.text("intake.mail.desk.subject", submitted.reference()),
                    texts.text("intake.mail.desk.body", welcomer.displayName(), submitted.projectTitle(), link)));
        }
    }
}
