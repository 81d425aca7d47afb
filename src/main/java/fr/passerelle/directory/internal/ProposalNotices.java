package fr.passerelle.directory.internal;

import fr.passerelle.common.MailTexts;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who proposed an entry what became of it (a rejection with the coordinator's reason), once the
 * decision is committed. The proposal page
 * promised it; the event is kept by the publication registry until the e-mail is sent, so a failed send is
 * retried at the next start.
 */
@Component
@RequiredArgsConstructor
class ProposalNotices {

    private final Notifications notifications;
    private final MailTexts texts;

    @ApplicationModuleListener
    void on(ProposalModerated moderated) {
        String key = moderated.published() ? "directory.proposal.published" : "directory.proposal.rejected";
        String link = texts.link(
                (moderated.scheme() ? "/annuaire/dispositifs/" : "/annuaire/structures/") + moderated.entryId());
        // A rejection with the coordinator's reason says it; one without (decided before reasons were asked) keeps
        // the general words.
        String body = !moderated.published() && moderated.reason() != null
                ? "directory.proposal.rejected.reasoned.body"
                : key + ".body";
        notifications.send(new Email(
                moderated.proposerEmail(),
                texts.text(key + ".subject", moderated.name()),
                texts.text(body, moderated.name(), link, moderated.reason())));
    }
}
