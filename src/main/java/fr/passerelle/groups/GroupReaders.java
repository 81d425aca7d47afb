package fr.passerelle.groups;

import fr.passerelle.accounts.AccountUser;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The working groups whose reserved part (minutes, documents kept for members) the current reader opens: those whose
 * member they are by the address they signed in with, and those whose member's own link they followed in this
 * browser session (until it ends, and only while they are still a member). A network's coordinators open its groups',
 * the national level every group's.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GroupReaders {

    private static final String FOLLOWED_LINKS = "passerelle.groups.memberLinks";

    private final JdbcClient jdbc;

    /** Whether the reader opens every group's reserved part: the national level. */
    public boolean readsAll(AccountUser user) {
        return user != null && user.national();
    }

    /**
     * The groups whose reserved part the current reader opens: by their address or their followed links, and, for a
     * network's coordinators, the groups of their network.
     */
    public Set<UUID> groupsOf(AccountUser user) {
        Set<UUID> followed = followedLinks();
        boolean staff = user != null && user.networkStaff();
        return Set.copyOf(jdbc.sql(
                        """
                        select group_id from group_member
                        where status = 'member' and (lower(email) = lower(:email) or id = any(:members::uuid[]))
                        union
                        select id from working_group where :staff and network_id = :network
                        """)
                .param("email", user == null ? "" : user.email())
                .param("members", followed.toArray(UUID[]::new))
                .param("staff", staff)
                .param("network", staff ? user.networkId() : new UUID(0, 0))
                .query(UUID.class)
                .list());
    }

    /** Remembers, for this browser session, that its reader followed this member's own link. */
    public void followed(UUID memberId) {
        HttpSession session = session(true);
        if (session != null) {
            Set<UUID> links = new HashSet<>(followedLinks());
            links.add(memberId);
            session.setAttribute(FOLLOWED_LINKS, links);
        }
    }

    private Set<UUID> followedLinks() {
        HttpSession session = session(false);
        Object links = session == null ? null : session.getAttribute(FOLLOWED_LINKS);
        return links instanceof Set<?> set ? uuids(set) : Set.of();
    }

    private static Set<UUID> uuids(Set<?> values) {
        return Set.copyOf(values.stream()
                .filter(UUID.class::isInstance)
                .map(UUID.class::cast)
                .toList());
    }

    private static HttpSession session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(create)
                : null;
    }
}
