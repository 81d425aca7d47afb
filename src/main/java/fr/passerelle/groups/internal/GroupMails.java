package fr.passerelle.groups.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.accounts.UserAccount;
import fr.passerelle.common.MailTexts;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The groups' e-mails, once committed: the coordinators hear of a request to join and the person gets an
 * acknowledgement; an accepted member receives their own link to the group's reserved page, a declined one is told
 * kindly.
 */
@Component
@RequiredArgsConstructor
class GroupMails {

    private final Groups groups;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MailTexts texts;

    @ApplicationModuleListener
    void on(Groups.MembershipRequested requested) {
        groups.member(requested.memberId()).ifPresent(this::requested);
    }

    @ApplicationModuleListener
    void on(Groups.MembershipDecided decided) {
        groups.member(decided.memberId()).ifPresent(member -> decided(member, decided.accepted()));
    }

    private void requested(GroupMember member) {
        WorkingGroup group = groups.byId(member.groupId()).orElseThrow();
        send(member.email(), "group.mail.received", group, member.name(), group.name());
        String link = texts.link("/groupes/" + group.slug() + "/membres");
        for (UserAccount coordinator : accounts.activeWithRole(Role.COORDINATOR)) {
            send(
                    coordinator.email(),
                    "group.mail.request",
                    group,
                    coordinator.displayName(),
                    member.name(),
                    member.organisation() == null ? "—" : member.organisation(),
                    group.name(),
                    link);
        }
    }

    private void decided(GroupMember member, boolean accepted) {
        WorkingGroup group = groups.byId(member.groupId()).orElseThrow();
        if (accepted) {
            String link = texts.link("/groupes/" + group.slug() + "/membre/" + groups.issueLink(member.id()));
            send(member.email(), "group.mail.accepted", group, member.name(), group.name(), link);
        } else {
            send(member.email(), "group.mail.declined", group, member.name(), group.name());
        }
    }

    /** A mail whose subject ({@code <key>.subject}) names the group and whose body ({@code <key>.body}) says the rest. */
    private void send(String to, String key, WorkingGroup group, Object... body) {
        notifications.send(new Email(to, texts.text(key + ".subject", group.name()), texts.text(key + ".body", body)));
    }
}
