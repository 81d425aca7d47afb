package fr.passerelle.directory.internal;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who proposed an entry what became of it (a rejection with the coordinator's reason), once the
 * decision is committed. The proposal page
 * promised it; the event is kept by the publication registry until the e-mail is sent, so a failed send is
 * retried at the next start.
 */
@Component
class ProposalNotices {

    private final Notifications notifications;
    private final MessageSource messages;
    private final SiteAddress site;

    ProposalNotices(Notifications notifications, MessageSource messages, SiteAddress site) {
        this.notifications = notifications;
        this.messages = messages;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(ProposalModerated moderated) {
        String key = moderated.published() ? "directory.proposal.published" : "directory.proposal.rejected";
        String link = site.url()
                + (moderated.scheme() ? "/annuaire/dispositifs/" : "/annuaire/structures/")
                + moderated.entryId();
        // A rejection with the coordinator's reason says it; one without (decided before reasons were asked) keeps
        // the general words.
        String body = !moderated.published() && moderated.reason() != null
                ? "directory.proposal.rejected.reasoned.body"
                : key + ".body";
        notifications.send(new Email(
                moderated.proposerEmail(),
                messages.getMessage(key + ".subject", new Object[] {moderated.name()}, Locale.FRENCH),
                messages.getMessage(body, new Object[] {moderated.name(), link, moderated.reason()}, Locale.FRENCH)));
    }
}
