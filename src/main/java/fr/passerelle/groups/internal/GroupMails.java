package fr.passerelle.groups.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The groups' e-mails, once committed: the coordinators hear of a request to join and the person gets an
 * acknowledgement; an accepted member receives their own link to the group's reserved page, a declined one is told
 * kindly.
 */
@Component
class GroupMails {

    private final Groups groups;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final SiteAddress site;

    GroupMails(
            Groups groups, Accounts accounts, Notifications notifications, MessageSource messages, SiteAddress site) {
        this.groups = groups;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.site = site;
    }

    @ApplicationModuleListener
    void on(Groups.MembershipRequested requested) {
        GroupMember member = groups.member(requested.memberId()).orElse(null);
        if (member == null) {
            return;
        }
        WorkingGroup group = groups.byId(member.groupId()).orElseThrow();
        notifications.send(new Email(
                member.email(),
                text("group.mail.received.subject", group.name()),
                text("group.mail.received.body", member.name(), group.name())));
        String link = site.url() + "/groupes/" + group.slug() + "/membres";
        for (UserAccount coordinator : accounts.activeWithRole(Role.COORDINATOR)) {
            notifications.send(new Email(
                    coordinator.email(),
                    text("group.mail.request.subject", group.name()),
                    text(
                            "group.mail.request.body",
                            coordinator.displayName(),
                            member.name(),
                            member.organisation() == null ? "—" : member.organisation(),
                            group.name(),
                            link)));
        }
    }

    @ApplicationModuleListener
    void on(Groups.MembershipDecided decided) {
        GroupMember member = groups.member(decided.memberId()).orElse(null);
        if (member == null) {
            return;
        }
        WorkingGroup group = groups.byId(member.groupId()).orElseThrow();
        if (decided.accepted()) {
            String link = site.url() + "/groupes/" + group.slug() + "/membre/" + groups.issueLink(member.id());
            notifications.send(new Email(
                    member.email(),
                    text("group.mail.accepted.subject", group.name()),
                    text("group.mail.accepted.body", member.name(), group.name(), link)));
        } else {
            notifications.send(new Email(
                    member.email(),
                    text("group.mail.declined.subject", group.name()),
                    text("group.mail.declined.body", member.name(), group.name())));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
