package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.MailTexts;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Reach;
import fr.passerelle.directory.StructureReach;
import fr.passerelle.intake.Intakes;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a referral, once its step is committed: the structure hears of a new referral and of reminders
 * (its members, or without members its contact address with a link to answer without an account), the referent of
 * answers, questions, outcomes, hand-overs and expiry, and the holder of where their project goes and what the
 * structure said. No personal data in them: links to pages that only those who may read them open.
 */
@Component
@RequiredArgsConstructor
class ReferralMails {

    private static final Logger log = LoggerFactory.getLogger(ReferralMails.class);

    /** The steps the holder hears of: not those between professionals, nor a hand-over's second referral. */
    private static final Set<TimelineKind> HOLDER_NEWS = Set.of(
            TimelineKind.REFERRAL_SENT,
            TimelineKind.REFERRAL_ACCEPTED,
            TimelineKind.REFERRAL_DECLINED,
            TimelineKind.HANDED_OVER);

    private final ReferralRepository referrals;
    private final ReferralLinks links;
    private final Accounts accounts;
    private final StructureReach structures;
    private final Directory directory;
    private final Intakes intakes;
    private final Notifications notifications;
    private final MailTexts texts;

    /** The structure's or the referent's e-mail; a listener of its own, so that each side is retried alone. */
    @ApplicationModuleListener
    void on(ReferralEvent event) {
        referrals.find(event.referralId()).ifPresent(referral -> {
            if (toStructure(event.kind())) {
                tellStructure(referral, event);
            } else {
                tellReferent(referral, event);
            }
        });
    }

    /** The holder's e-mail, for the steps that change where their project stands. */
    @ApplicationModuleListener
    void tellHolder(ReferralEvent event) {
        if (!HOLDER_NEWS.contains(event.kind()) || event.afterHandOver()) {
            return;
        }
        referrals.find(event.referralId()).ifPresent(referral -> intakes.holderContact(referral.projectId())
                .filter(holder -> holder.email() != null)
                .ifPresent(holder -> {
                    String key = "pathway.mail.holder." + event.kind().code();
                    Object[] arguments = {
                        holder.name(),
                        holder.projectTitle(),
                        structureName(referral),
                        event.kind() == TimelineKind.HANDED_OVER ? event.detail() : "",
                        texts.link("/espace")
                    };
                    notifications.send(new Email(
                            holder.email(),
                            texts.text(key + ".subject", arguments),
                            texts.text(key + ".body", arguments)));
                }));
    }

    /** A new link to answer the referral, asked for from an expired one; sent to the structure's address of today. */
    @ApplicationModuleListener
    void renew(ReferralLinkRequested requested) {
        referrals.find(requested.referralId()).ifPresent(referral -> structures
                .of(referral.organisationId())
                .filter(Reach::byAddress)
                .ifPresent(reach -> {
                    String title = intakes.projectTitle(referral.projectId()).orElse("");
                    notifications.send(new Email(
                            reach.address(),
                            texts.text("pathway.mail.link.subject", title),
                            texts.text(
                                    "pathway.mail.link.body",
                                    reach.name(),
                                    title,
                                    texts.link(ReferralLinks.PATH + links.issue(referral, reach)))));
                }));
    }

    private static boolean toStructure(TimelineKind kind) {
        return kind == TimelineKind.REFERRAL_SENT || kind == TimelineKind.REFERRAL_REMINDED;
    }

    private void tellStructure(Referral referral, ReferralEvent event) {
        String key = "pathway.mail." + event.kind().code();
        String title = intakes.projectTitle(referral.projectId()).orElse("");
        Reach reach = structures.of(referral.organisationId()).orElse(null);
        if (reach == null || !reach.reachable()) {
            log.warn(
                    "Referral {} to {} reaches no one: no member, no address",
                    referral.id(),
                    referral.organisationId());
            return;
        }
        String detail = detail(event);
        if (reach.byAddress()) {
            String link = texts.link(ReferralLinks.PATH + links.issue(referral, reach));
            notifications.send(new Email(
                    reach.address(),
                    texts.text(key + ".subject", title, reach.name()),
                    texts.text(
                            key + ".byAddress",
                            reach.name(),
                            title,
                            referral.sentByName(),
                            detail,
                            link,
                            texts.link("/annuaire/structures/" + referral.organisationId() + "/rejoindre"))));
            return;
        }
        String link = texts.link("/parcours/orientations/" + referral.id());
        for (UserAccount member : reach.members()) {
            notifications.send(new Email(
                    member.email(),
                    texts.text(key + ".subject", title, reach.name()),
                    texts.text(key + ".body", member.displayName(), title, reach.name(), detail, link)));
        }
    }

    private void tellReferent(Referral referral, ReferralEvent event) {
        String key = "pathway.mail." + event.kind().code();
        String title = intakes.projectTitle(referral.projectId()).orElse("");
        String organisation = structureName(referral);
        String link = texts.link("/parcours/projets/" + referral.projectId());
        for (UserAccount referent : accounts.find(referral.sentBy()).stream().toList()) {
            notifications.send(new Email(
                    referent.email(),
                    texts.text(key + ".subject", title, organisation),
                    texts.text(key + ".body", referent.displayName(), title, organisation, detail(event), link)));
        }
    }

    private String structureName(Referral referral) {
        return directory.organisationName(referral.organisationId()).orElse("");
    }

    private String detail(ReferralEvent event) {
        if (event.kind() == TimelineKind.REFERRAL_CLOSED && event.detail() != null) {
            return texts.text("outcome." + event.detail());
        }
        return event.detail() == null ? "" : event.detail();
    }
}
