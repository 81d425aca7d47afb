package fr.passerelle.groups;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.SecretTokens;
import fr.passerelle.common.Texts;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventFigures;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.groups.internal.GroupDraft;
import fr.passerelle.groups.internal.GroupMember;
import fr.passerelle.groups.internal.GroupNotFoundException;
import fr.passerelle.groups.internal.GroupRejectedException;
import fr.passerelle.groups.internal.JoinRequest;
import fr.passerelle.groups.internal.Meeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups module's facade. A coordinator starts a group in their network; anyone reads a group's page and asks to
 * join; the group's network's coordinators accept or decline; the members (signed in with the address they joined
 * with, or through their own link) and those coordinators read the meetings' minutes and decisions, which the
 * coordinators write.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Groups {

    /** Someone asked to join a group. */
    public record MembershipRequested(UUID memberId) {}

    /** A coordinator accepted or declined a request. */
    public record MembershipDecided(UUID memberId, boolean accepted) {}

    private static final int AGENDA_MEETINGS = 200;

    /** The addresses under /groupes/ that are pages, not groups. */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("nouveau");

    private final JdbcClient jdbc;
    private final Events events;
    private final EventIndicators indicators;
    private final ApplicationEventPublisher publisher;

    public List<WorkingGroup> all() {
        return jdbc.sql("select * from working_group order by name")
                .query(WorkingGroup.class)
                .list();
    }

    /** @throws GroupNotFoundException when there is no such group */
    public WorkingGroup bySlug(String slug) {
        return jdbc.sql("select * from working_group where slug = :slug")
                .param("slug", slug)
                .query(WorkingGroup.class)
                .optional()
                .orElseThrow(() -> new GroupNotFoundException(slug));
    }

    public Optional<WorkingGroup> byId(UUID id) {
        return jdbc.sql("select * from working_group where id = :id")
                .param("id", id)
                .query(WorkingGroup.class)
                .optional();
    }

    /** Whether the user starts groups: a network's coordinators (in their network) and the national level. */
    public boolean starts(AccountUser user) {
        return user != null && user.networkStaff();
    }

    /** Whether the user runs the group: the coordinators of its network and the national level. */
    public boolean coordinates(AccountUser user, WorkingGroup group) {
        return user != null && user.staffOf(group.networkId());
    }

    /**
     * Whether the signed-in user reads the group's reserved part: its coordinators, or a member by their address.
     */
    public boolean reads(AccountUser user, UUID groupId) {
        if (user == null) {
            return false;
        }
        return byId(groupId).map(group -> coordinates(user, group)).orElse(false)
                || jdbc.sql(
                                """
                                select exists (select 1 from group_member where group_id = :group
                                               and lower(email) = lower(:email) and status = 'member')
                                """)
                        .param("group", groupId)
                        .param("email", user.email())
                        .query(Boolean.class)
                        .single();
    }

    /** The member whose own link this is, if they are still a member of the group. */
    public Optional<GroupMember> memberByToken(UUID groupId, String token) {
        return jdbc.sql("select * from group_member where group_id = :group and token_hash = :hash"
                        + " and status = 'member'")
                .param("group", groupId)
                .param("hash", SecretTokens.hash(token))
                .query(GroupMember.class)
                .optional();
    }

    /**
     * Records a request to join, pending a coordinator's decision.
     *
     * @throws GroupRejectedException listing every field the request gets wrong, or when the address already asked
     *     or is a member
     */
    @Transactional
    public UUID requestToJoin(UUID groupId, JoinRequest request) {
        WorkingGroup group = byId(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        List<Breach> breaches = breaches(group, request);
        if (!breaches.isEmpty()) {
            throw new GroupRejectedException(breaches);
        }
        String email = request.email().strip();
        // An address that already asked, or is a member, gets the same answer as a new one, so that the form does
        // not tell who belongs to the group; nothing is recorded or sent again.
        Optional<UUID> known = jdbc.sql(
                        """
                        select id from group_member where group_id = :group
                          and lower(email) = lower(:email) and status in ('pending', 'member')
                        """)
                .param("group", groupId)
                .param("email", email)
                .query(UUID.class)
                .optional();
        return known.orElseGet(() -> recordRequest(groupId, request, email));
    }

    /** Every rule the request breaks. */
    private static List<Breach> breaches(WorkingGroup group, JoinRequest request) {
        List<Breach> breaches = new ArrayList<>();
        if (!group.open()) {
            breaches.add(new Breach("group", "group.join.closed"));
        }
        int name = length(request.name());
        if (name < 2 || name > 150) {
            breaches.add(new Breach("name", "registration.name.length"));
        }
        String email = request.email() == null ? "" : request.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            breaches.add(new Breach("email", "registration.email.invalid"));
        }
        if (length(request.organisation()) > 200 || length(request.role()) > 200) {
            breaches.add(new Breach("organisation", "group.join.length"));
        }
        if (length(request.motivation()) > 2000) {
            breaches.add(new Breach("motivation", "group.join.length"));
        }
        if (!request.consent()) {
            breaches.add(new Breach("consent", "registration.consent.required"));
        }
        return breaches;
    }

    /** Records a new request, pending, and tells of it once committed. */
    private UUID recordRequest(UUID groupId, JoinRequest request, String email) {
        UUID id = jdbc.sql(
                        """
                        insert into group_member (group_id, name, email, organisation, role, motivation, consent)
                        values (:group, :name, :email, :organisation, :role, :motivation, true)
                        returning id
                        """)
                .param("group", groupId)
                .param("name", request.name().strip())
                .param("email", email)
                .param("organisation", blankToNull(request.organisation()))
                .param("role", blankToNull(request.role()))
                .param("motivation", blankToNull(request.motivation()))
                .query(UUID.class)
                .single();
        publisher.publishEvent(new MembershipRequested(id));
        return id;
    }

    /**
     * Accepts or declines a pending request (coordinators); the person is told by e-mail.
     *
     * @return false when the request was no longer pending
     */
    @Transactional
    public boolean decide(AccountUser user, UUID memberId, boolean accept) {
        requireCoordinator(user, member(memberId).map(GroupMember::groupId).orElse(null));
        int changed = jdbc.sql(
                        """
                        update group_member set status = :status, decided_at = now(), decided_by = :user
                        where id = :id and status = 'pending'
                        """)
                .param("status", accept ? "member" : "declined")
                .param("user", user.id())
                .param("id", memberId)
                .update();
        if (changed == 1) {
            publisher.publishEvent(new MembershipDecided(memberId, accept));
        }
        return changed == 1;
    }

    /** Everyone who asked to join, pending first (coordinators). */
    public List<GroupMember> members(AccountUser user, UUID groupId) {
        requireCoordinator(user, groupId);
        return jdbc.sql(
                        """
                        select * from group_member where group_id = :group
                        order by status <> 'pending', status <> 'member', requested_at, id
                        """)
                .param("group", groupId)
                .query(GroupMember.class)
                .list();
    }

    /**
     * The organisations of the group's members and how many members each has, for its public page; members who came
     * for no organisation are not listed (the page names organisations, never people).
     */
    public Map<String, Long> memberOrganisations(UUID groupId) {
        Map<String, Long> organisations =
                new java.util.TreeMap<>(java.text.Collator.getInstance(java.util.Locale.FRENCH));
        jdbc.sql(
                        """
                        select trim(organisation) as organisation, count(*) as n
                        from group_member
                        where group_id = :group and status = 'member' and trim(organisation) <> '' group by 1
                        """)
                .param("group", groupId)
                .query(rs -> {
                    organisations.put(rs.getString("organisation"), rs.getLong("n"));
                });
        return organisations;
    }

    /** The group's meetings of a year, by date; with their minutes and decisions when {@code withMinutes}. */
    public List<Meeting> meetings(UUID groupId, int year, boolean withMinutes) {
        List<Map<String, Object>> rows = jdbc.sql(
                        "select event_id, minutes, decisions from group_meeting where group_id = :group")
                .param("group", groupId)
                .query()
                .listOfRows();
        Map<UUID, EventFigures> figures =
                indicators
                        .figures(rows.stream()
                                .map(row -> (UUID) row.get("event_id"))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(EventFigures::eventId, Function.identity()));
        List<Meeting> meetings = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            EventFigures event = figures.get((UUID) row.get("event_id"));
            if (event == null || year(event) != year) {
                continue;
            }
            meetings.add(new Meeting(
                    event.eventId(),
                    event.title(),
                    event.startsAt(),
                    event.place(),
                    event.attended() + event.absent() == 0 ? null : event.attended(),
                    withMinutes ? (String) row.get("minutes") : null,
                    withMinutes ? (String) row.get("decisions") : null));
        }
        meetings.sort(Comparator.comparing(Meeting::startsAt));
        return meetings;
    }

    /** A group's figures over a year: its members today, its meetings of the year, people present, minutes written. */
    public record GroupFigures(int members, int meetings, int present, int minutesWritten) {}

    public GroupFigures figures(UUID groupId, int year) {
        int members = jdbc.sql("select count(*) from group_member where group_id = :group and status = 'member'")
                .param("group", groupId)
                .query(Integer.class)
                .single();
        List<Meeting> meetings = meetings(groupId, year, true);
        return new GroupFigures(
                members,
                meetings.size(),
                meetings.stream()
                        .mapToInt(meeting -> meeting.present() == null ? 0 : meeting.present())
                        .sum(),
                (int) meetings.stream()
                        .filter(meeting -> meeting.minutes() != null)
                        .count());
    }

    /** The years in which the group met, latest first. */
    public List<Integer> years(UUID groupId) {
        List<UUID> ids = jdbc.sql("select event_id from group_meeting where group_id = :group")
                .param("group", groupId)
                .query(UUID.class)
                .list();
        return indicators.figures(ids).stream()
                .map(Groups::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The year an event of the agenda took place, in Paris. */
    public Optional<Integer> meetingYear(UUID eventId) {
        return indicators.figures(List.of(eventId)).stream().findFirst().map(Groups::year);
    }

    private static int year(EventFigures event) {
        return event.startsAt().atZoneSameInstant(Paris.ZONE).getYear();
    }

    /** The agenda's working-group meetings between two days, to add to a group. */
    public List<Event> agendaMeetings(LocalDate from, LocalDate to) {
        return events.agendaBetween(
                from.atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                to.atStartOfDay(Paris.ZONE).toOffsetDateTime(),
                List.of(EventKind.REUNION_GROUPE),
                AGENDA_MEETINGS);
    }

    /**
     * Makes an event of the agenda (a working-group meeting) one of the group's meetings (coordinators).
     *
     * @throws GroupRejectedException when the event is not a working-group meeting or is another group's
     */
    @Transactional
    public void addMeeting(AccountUser user, UUID groupId, UUID eventId) {
        requireCoordinator(user, groupId);
        Event event = events.event(eventId).orElse(null);
        if (event == null || event.kind() != EventKind.REUNION_GROUPE) {
            throw new GroupRejectedException(List.of(new Breach("eventId", "group.meeting.kind")));
        }
        int added = jdbc.sql(
                        "insert into group_meeting (event_id, group_id) values (:event, :group) on conflict do nothing")
                .param("event", eventId)
                .param("group", groupId)
                .update();
        if (added == 0) {
            throw new GroupRejectedException(List.of(new Breach("eventId", "group.meeting.taken")));
        }
    }

    /** Writes a meeting's minutes and decisions (coordinators). */
    @Transactional
    public void writeMinutes(AccountUser user, UUID eventId, String minutes, String decisions) {
        requireCoordinator(
                user,
                jdbc.sql("select group_id from group_meeting where event_id = :event")
                        .param("event", eventId)
                        .query(UUID.class)
                        .optional()
                        .orElseThrow(() -> new GroupNotFoundException(eventId)));
        if (length(minutes) > 20000 || length(decisions) > 8000) {
            throw new GroupRejectedException(List.of(new Breach("minutes", "group.minutes.length")));
        }
        int changed = jdbc.sql(
                        """
                        update group_meeting set minutes = :minutes, decisions = :decisions, written_at = now(),
                                                 written_by = :user
                        where event_id = :event
                        """)
                .param("minutes", blankToNull(minutes))
                .param("decisions", blankToNull(decisions))
                .param("user", user.id())
                .param("event", eventId)
                .update();
        if (changed == 0) {
            throw new GroupNotFoundException(eventId);
        }
    }

    /** The member a request is, for the mails. */
    public Optional<GroupMember> member(UUID memberId) {
        return jdbc.sql("select * from group_member where id = :id")
                .param("id", memberId)
                .query(GroupMember.class)
                .optional();
    }

    /**
     * A new link of the member's own, for the e-mail that carries it: only its hash is kept, and it replaces the
     * member's earlier link.
     */
    @Transactional
    public String issueLink(UUID memberId) {
        String token = SecretTokens.random(24);
        jdbc.sql("update group_member set token_hash = :hash where id = :id")
                .param("hash", SecretTokens.hash(token))
                .param("id", memberId)
                .update();
        return token;
    }

    /**
     * Starts a working group in the coordinator's network, open to requests to join, at an address made of its name;
     * the news is told once committed.
     *
     * @throws GroupRejectedException listing every rule the draft breaks (lengths, a name another group has)
     * @throws AccessDeniedException for anyone but a network's coordinators and the national level
     */
    @Transactional
    public WorkingGroup start(AccountUser user, GroupDraft draft) {
        if (!starts(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
        check(draft);
        String base = Texts.slug(draft.name(), 70);
        if (base.isEmpty() || RESERVED_SLUGS.contains(base)) {
            base = (base + "-groupe").replaceAll("^-", "");
        }
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        UUID id = jdbc.sql(
                        """
                        insert into working_group (slug, name, theme, objectives, description, rhythm, network_id,
                                                   started_by)
                        values (:slug, :name, :theme, :objectives, :description, :rhythm, :network, :user)
                        on conflict do nothing
                        returning id
                        """)
                .param("slug", slug)
                .param("name", draft.name().strip())
                .param("theme", draft.theme().strip())
                .param("objectives", blankToNull(draft.objectives()))
                .param("description", blankToNull(draft.description()))
                .param("rhythm", blankToNull(draft.rhythm()))
                .param("network", user.networkId())
                .param("user", user.id())
                .query(UUID.class)
                .optional()
                // Another coordinator took the name (or the address) meanwhile: said as for a name already taken.
                .orElseThrow(() -> new GroupRejectedException(List.of(new Breach("name", "group.name.taken"))));
        publisher.publishEvent(new GroupStarted(id, user.networkId()));
        return byId(id).orElseThrow();
    }

    /**
     * Checks a new group's draft against every rule, for a form whose fields are already wrong to show them all.
     *
     * @throws GroupRejectedException listing every rule the draft breaks
     */
    public void check(GroupDraft draft) {
        List<Breach> breaches = breaches(draft);
        if (!breaches.isEmpty()) {
            throw new GroupRejectedException(breaches);
        }
    }

    private boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from working_group where slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    /** Every rule a new group's draft breaks: the table's lengths, and a name no other group has (in any case). */
    private List<Breach> breaches(GroupDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        int name = length(draft.name());
        if (name < 5 || name > 200) {
            breaches.add(new Breach("name", "group.name.length"));
        } else if (jdbc.sql("select exists (select 1 from working_group where lower(name) = lower(:name))")
                .param("name", draft.name().strip())
                .query(Boolean.class)
                .single()) {
            breaches.add(new Breach("name", "group.name.taken"));
        }
        int theme = length(draft.theme());
        if (theme < 3 || theme > 300) {
            breaches.add(new Breach("theme", "group.theme.length"));
        }
        if (length(draft.objectives()) > 4000) {
            breaches.add(new Breach("objectives", "group.text.length"));
        }
        if (length(draft.description()) > 8000) {
            breaches.add(new Breach("description", "group.text.length"));
        }
        if (length(draft.rhythm()) > 300) {
            breaches.add(new Breach("rhythm", "group.rhythm.length"));
        }
        return breaches;
    }

    /** Records a group as it is (demonstration data). */
    @Transactional
    public UUID record(String slug, String name, String theme, String objectives, String description, String rhythm) {
        return jdbc.sql(
                        """
                        insert into working_group (slug, name, theme, objectives, description, rhythm)
                        values (:slug, :name, :theme, :objectives, :description, :rhythm)
                        on conflict (slug) do update set name = excluded.name
                        returning id
                        """)
                .param("slug", slug)
                .param("name", name)
                .param("theme", theme)
                .param("objectives", objectives)
                .param("description", description)
                .param("rhythm", rhythm)
                .query(UUID.class)
                .single();
    }

    @Transactional
    public void recordMeeting(UUID groupId, UUID eventId, String minutes, String decisions) {
        jdbc.sql(
                        """
                        insert into group_meeting (event_id, group_id, minutes, decisions, written_at)
                        values (:event, :group, :minutes, :decisions, now()) on conflict do nothing
                        """)
                .param("event", eventId)
                .param("group", groupId)
                .param("minutes", minutes)
                .param("decisions", decisions)
                .update();
    }

    @Transactional
    public void recordMember(UUID groupId, String name, String email, String organisation, String role) {
        jdbc.sql(
                        """
                        insert into group_member (group_id, name, email, organisation, role, consent, status,
                                                  decided_at)
                        values (:group, :name, :email, :organisation, :role, true, 'member', now())
                        on conflict do nothing
                        """)
                .param("group", groupId)
                .param("name", name)
                .param("email", email)
                .param("organisation", organisation)
                .param("role", role)
                .update();
    }

    /** Refuses anyone but the coordinators of the group's network (and the national level). */
    private void requireCoordinator(AccountUser user, UUID groupId) {
        boolean runs = groupId != null
                && byId(groupId).map(group -> coordinates(user, group)).orElse(false);
        if (!runs) {
            throw new AccessDeniedException("The coordinators of the group's network only");
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
