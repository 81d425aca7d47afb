package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a referral, once its step is committed: the structure hears of a new referral and of reminders,
 * the referent of answers, questions, outcomes and expiry. No personal data in them: a link to the referral, which
 * only those who may read it open.
 */
@Component
class ReferralMails {

    private final ReferralRepository referrals;
    private final Accounts accounts;
    private final Directory directory;
    private final Intakes intakes;
    private final Notifications notifications;
    private final MessageSource messages;
    private final SiteAddress site;

    ReferralMails(
            ReferralRepository referrals,
            Accounts accounts,
            Directory directory,
            Intakes intakes,
            Notifications notifications,
            MessageSource messages,
            SiteAddress site) {
        this.referrals = referrals;
        this.accounts = accounts;
        this.directory = directory;
        this.intakes = intakes;
        this.notifications = notifications;
        this.messages = messages;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(ReferralEvent event) {
        Referral referral = referrals.find(event.referralId()).orElse(null);
        if (referral == null) {
            return;
        }
        String title = intakes.projectTitle(referral.projectId()).orElse("");
        String organisation =
                directory.organisationName(referral.organisationId()).orElse("");
        String key = "pathway.mail." + event.kind().code();
        boolean toStructure =
                event.kind() == TimelineKind.REFERRAL_SENT || event.kind() == TimelineKind.REFERRAL_REMINDED;
        List<UserAccount> recipients = toStructure
                ? accounts.activeMembers(Set.of(referral.organisationId()))
                : accounts.find(referral.sentBy()).stream().toList();
        String link = toStructure
                ? site.url() + "/parcours/orientations/" + referral.id()
                : site.url() + "/parcours/projets/" + referral.projectId();
        String detail = event.kind() == TimelineKind.REFERRAL_CLOSED && event.detail() != null
                ? text("outcome." + event.detail())
                : event.detail() == null ? "" : event.detail();
        for (UserAccount recipient : recipients) {
            notifications.send(new Email(
                    recipient.email(),
                    text(key + ".subject", title, organisation),
                    text(key + ".body", recipient.displayName(), title, organisation, detail, link)));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
