package fr.passerelle.events;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.internal.EventNotFoundException;
import fr.passerelle.events.internal.EventRejectedException;
import fr.passerelle.events.internal.EventRepository;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared stands at fairs. The team (coordinators and the agents of the participating territories) keeps tallies with
 * one tap and captures leads in a few seconds: identity only with consent, interests, the territories the person
 * looks at. Each lead goes to those territories only; each territory sees its own leads and records what it did.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Stands {

    /** What the team counts with one tap. */
    public enum Tally {
        PORTEUR_CONSEILLE,
        PARTENAIRE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a territory did with a lead. */
    public static final List<String> ACTIONS = List.of("nouveau", "contacte", "rencontre", "oriente", "installe");

    /** A lead as the team captures it. */
    public record LeadDraft(
            String name,
            String email,
            String phone,
            boolean consent,
            String interests,
            String areas,
            List<UUID> territories) {}

    /**
     * A lead as a territory sees it, with what it did.
     *
     * @param consent whether the person agreed to be contacted (their contact details are kept only then)
     * @param intakeReference the welcome request it became, if it did
     */
    public record Lead(
            UUID id,
            UUID eventId,
            String eventTitle,
            String name,
            String email,
            String phone,
            boolean consent,
            String interests,
            String areas,
            OffsetDateTime createdAt,
            String action,
            String note,
            String intakeReference) {

        /** Whether it may become a welcome request: the person agreed to be contacted and left an address. */
        public boolean convertible() {
            return consent && email != null && intakeReference == null;
        }
    }

    /** What happened to a lead: where and when it was captured, and what each territory did with it. */
    public record LeadStory(
            UUID eventId,
            String eventTitle,
            OffsetDateTime capturedAt,
            String interests,
            String areas,
            List<LeadFollowUp> followUps) {}

    /** What a territory did with a lead, and when it last said so. */
    public record LeadFollowUp(UUID organisationId, String action, String note, OffsetDateTime at) {}

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final Directory directory;

    /** The territories that hold the stand. */
    public List<UUID> territories(UUID eventId) {
        return jdbc.sql("select organisation_id from stand_territory where event_id = :event order by organisation_id")
                .param("event", eventId)
                .query(UUID.class)
                .list();
    }

    /**
     * Sets the territories that hold the stand (coordinators). A territory taken off keeps the leads it already
     * received.
     *
     * @throws EventRejectedException when none is chosen or one is not in the directory
     * @throws EventNotFoundException when the event is not a stand, or belongs to another network than the user's
     */
    @Transactional
    public void setTerritories(AccountUser user, UUID eventId, List<UUID> organisations) {
        requireCoordinator(user, eventId);
        events.find(eventId)
                .filter(event -> event.kind() == EventKind.STAND)
                .orElseThrow(() -> new EventNotFoundException(eventId));
        List<UUID> chosen = organisations == null
                ? List.of()
                : organisations.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new EventRejectedException(List.of(new Breach("territories", "stand.territories.required")));
        }
        if (chosen.stream()
                .anyMatch(organisation -> directory.organisation(organisation).isEmpty())) {
            throw new EventRejectedException(List.of(new Breach("territories", "stand.territories.unknown")));
        }
        record(eventId, chosen);
    }

    @Transactional
    public void record(UUID eventId, List<UUID> organisations) {
        jdbc.sql("delete from stand_territory where event_id = :event")
                .param("event", eventId)
                .update();
        for (UUID organisation : organisations) {
            jdbc.sql("insert into stand_territory values (:event, :organisation) on conflict do nothing")
                    .param("event", eventId)
                    .param("organisation", organisation)
                    .update();
        }
    }

    /** Whether the user coordinates the stand: the coordinators of its event's network (administrators any). */
    public boolean coordinates(AccountUser user, UUID eventId) {
        return user != null && user.staffOf(events.networkOf(eventId));
    }

    /**
     * Lets only the stand's coordinators through.
     *
     * @throws AccessDeniedException for who coordinates no network
     * @throws EventNotFoundException for a coordinator of another network, as for the event's other pages
     */
    public void requireCoordinator(AccountUser user, UUID eventId) {
        if (user == null || !user.networkStaff()) {
            throw new AccessDeniedException("Coordinators only");
        }
        if (!coordinates(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
    }

    /** Whether the user is on the stand's team: a coordinator, or an agent of one of its territories. */
    public boolean onTeam(AccountUser user, UUID eventId) {
        if (user == null) {
            return false;
        }
        if (user.networkStaff()) {
            return coordinates(user, eventId);
        }
        return user.hasRole(Role.TERRITORY_AGENT)
                && territories(eventId).stream().anyMatch(user.organisationIds()::contains);
    }

    /** The tallies, as counted so far. */
    public Map<Tally, Integer> tallies(UUID eventId) {
        Map<Tally, Integer> tallies = new HashMap<>();
        for (Tally tally : Tally.values()) {
            tallies.put(tally, 0);
        }
        jdbc.sql("select kind, count(*) as n from stand_tap where event_id = :event group by kind")
                .param("event", eventId)
                .query(rs -> {
                    tallies.put(Tally.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)), rs.getInt("n"));
                });
        return tallies;
    }

    /**
     * One tap: one more, on the stand's days only.
     *
     * @throws EventRejectedException before the stand's first day or after its last
     */
    @Transactional
    public void tap(AccountUser user, UUID eventId, Tally tally) {
        requireCounting(user, eventId);
        jdbc.sql("insert into stand_tap (event_id, kind, by_user) values (:event, :kind, :user)")
                .param("event", eventId)
                .param("kind", tally.code())
                .param("user", user.id())
                .update();
    }

    /** Takes back the user's last tap of that tally (a finger slipped), on the stand's days only. */
    @Transactional
    public void untap(AccountUser user, UUID eventId, Tally tally) {
        requireCounting(user, eventId);
        jdbc.sql(
                        """
                        delete from stand_tap where id = (select id from stand_tap where event_id = :event
                            and kind = :kind and by_user = :user order by id desc limit 1)
                        """)
                .param("event", eventId)
                .param("kind", tally.code())
                .param("user", user.id())
                .update();
    }

    /** Records taps as they were counted on a past stand (demonstration data). */
    @Transactional
    public void recordTaps(UUID eventId, Tally tally, int count, OffsetDateTime at) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into stand_tap (event_id, kind, at) values (:event, :kind, :at)")
                    .param("event", eventId)
                    .param("kind", tally.code())
                    .param("at", at.plusMinutes(i * 5L))
                    .update();
        }
    }

    /**
     * Captures a lead and routes it to the chosen territories of the stand.
     *
     * @throws EventRejectedException when no territory is chosen, contact details come without consent, or a field
     *     is too long or not an address
     */
    @Transactional
    public UUID capture(AccountUser user, UUID eventId, LeadDraft draft) {
        requireTeam(user, eventId);
        Set<UUID> participating = Set.copyOf(territories(eventId));
        List<Breach> breaches = new ArrayList<>();
        List<UUID> routes = draft.territories() == null
                ? List.of()
                : draft.territories().stream()
                        .filter(participating::contains)
                        .distinct()
                        .toList();
        if (routes.isEmpty()) {
            breaches.add(new Breach("territories", "stand.lead.territories.required"));
        }
        boolean identified = !blank(draft.name()) || !blank(draft.email()) || !blank(draft.phone());
        if (identified && !draft.consent()) {
            breaches.add(new Breach("consent", "stand.lead.consent.required"));
        }
        if (!blank(draft.email()) && !draft.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            breaches.add(new Breach("email", "registration.email.invalid"));
        }
        if (length(draft.interests()) > 1000 || length(draft.areas()) > 500 || length(draft.name()) > 150) {
            breaches.add(new Breach("interests", "stand.lead.length"));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
        UUID id = jdbc.sql(
                        """
                        insert into stand_lead (event_id, name, email, phone, consent, interests, areas, created_by)
                        values (:event, :name, :email, :phone, :consent, :interests, :areas, :by)
                        returning id
                        """)
                .param("event", eventId)
                .param("name", draft.consent() ? strip(draft.name()) : null)
                .param("email", draft.consent() ? strip(draft.email()) : null)
                .param("phone", draft.consent() ? strip(draft.phone()) : null)
                .param("consent", draft.consent())
                .param("interests", strip(draft.interests()))
                .param("areas", strip(draft.areas()))
                .param("by", user.id())
                .query(UUID.class)
                .single();
        for (UUID organisation : routes) {
            jdbc.sql("insert into lead_route (lead_id, organisation_id) values (:lead, :organisation)")
                    .param("lead", id)
                    .param("organisation", organisation)
                    .update();
        }
        return id;
    }

    /** How many leads the stand captured. */
    public int leadCount(UUID eventId) {
        return jdbc.sql("select count(*) from stand_lead where event_id = :event")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    /** The leads routed to the user's territories, newest first: theirs only. */
    @Transactional
    public List<Lead> leadsOf(AccountUser user) {
        return logged(user, leads(user, null));
    }

    /** How many leads routed to the user's territories none of them has acted on yet (still "nouveau"). */
    public int leadsToHandle(AccountUser user) {
        if (user == null
                || !user.hasRole(Role.TERRITORY_AGENT)
                || user.organisationIds().isEmpty()) {
            return 0;
        }
        return jdbc.sql(
                        """
                        select count(distinct r.lead_id) from lead_route r
                        where r.organisation_id = any(:organisations::uuid[])
                          and not exists (select 1 from lead_route o where o.lead_id = r.lead_id
                                          and o.organisation_id = any(:organisations::uuid[]) and o.action <> 'nouveau')
                        """)
                .param("organisations", user.organisationIds().toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /** One lead routed to the user's territories; empty for anyone else. */
    @Transactional
    public Optional<Lead> lead(AccountUser user, UUID leadId) {
        return leadId == null
                ? Optional.empty()
                : logged(user, leads(user, leadId)).stream().findFirst();
    }

    /** The leads, their reading written to the access log (their contacts are personal data). */
    private List<Lead> logged(AccountUser user, List<Lead> leads) {
        if (!leads.isEmpty()) {
            jdbc.sql(
                            """
                            insert into lead_access (user_id, user_name, lead_id)
                            select :user, :name, lead from unnest(:leads::uuid[]) as lead
                            """)
                    .param("user", user.id())
                    .param("name", user.displayName())
                    .param("leads", leads.stream().map(Lead::id).toArray(UUID[]::new))
                    .update();
        }
        return leads;
    }

    private List<Lead> leads(AccountUser user, UUID only) {
        if (user == null
                || !user.hasRole(Role.TERRITORY_AGENT)
                || user.organisationIds().isEmpty()) {
            return List.of();
        }
        // A lead routed to two of the user's organisations shows once.
        return jdbc.sql(
                        """
                        select distinct on (l.created_at, l.id) l.*, e.title as event_title, r.action, r.note from lead_route r
                        join stand_lead l on l.id = r.lead_id join event e on e.id = l.event_id
                        where r.organisation_id = any(:organisations::uuid[])
                          and (cast(:only as uuid) is null or l.id = :only)
                        order by l.created_at desc, l.id, r.updated_at desc
                        limit 500
                        """)
                .param("organisations", user.organisationIds().toArray(UUID[]::new))
                .param("only", only)
                .query(Lead.class)
                .list();
    }

    /**
     * Records that the lead became a welcome request, in the caller's transaction: once, by an agent of a territory it
     * was routed to, for a person who agreed to be contacted.
     *
     * @throws EventRejectedException when the lead already became one, or the person did not agree
     * @throws EventNotFoundException when the lead was not routed to the user's territories
     */
    @Transactional
    public void converted(AccountUser user, UUID leadId, String intakeReference) {
        Lead lead = lead(user, leadId).orElseThrow(() -> new EventNotFoundException(leadId));
        if (!lead.consent() || lead.email() == null) {
            throw new EventRejectedException(List.of(new Breach("lead", "stand.lead.convert.consent")));
        }
        int changed = jdbc.sql(
                        """
                        update stand_lead set intake_reference = :reference, converted_at = now(), converted_by = :user
                        where id = :lead and intake_reference is null
                        """)
                .param("reference", intakeReference)
                .param("user", user.id())
                .param("lead", leadId)
                .update();
        if (changed == 0) {
            throw new EventRejectedException(List.of(new Breach("lead", "stand.lead.convert.done")));
        }
    }

    /**
     * A lead's story for the history of the project it became. The caller decides who reads it (the intake module
     * tells it to the project's readers only).
     */
    public Optional<LeadStory> story(UUID leadId) {
        List<LeadFollowUp> followUps = jdbc.sql(
                        """
                        select organisation_id, action, note, updated_at from lead_route
                        where lead_id = :lead and (action <> 'nouveau' or note is not null)
                        order by updated_at
                        """)
                .param("lead", leadId)
                .query((rs, row) -> new LeadFollowUp(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("note"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
        return jdbc.sql(
                        """
                        select l.event_id, e.title, l.created_at, l.interests, l.areas
                        from stand_lead l join event e on e.id = l.event_id where l.id = :lead
                        """)
                .param("lead", leadId)
                .query((rs, row) -> new LeadStory(
                        rs.getObject("event_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("interests"),
                        rs.getString("areas"),
                        followUps))
                .optional();
    }

    /**
     * Records what the user's territory did with a lead.
     *
     * @throws EventNotFoundException when the lead was not routed to the user's territories
     */
    @Transactional
    public void follow(AccountUser user, UUID leadId, String action, String note) {
        if (!ACTIONS.contains(action) || length(note) > 2000) {
            throw new EventRejectedException(List.of(new Breach("action", "stand.lead.action.invalid")));
        }
        int changed = user == null || user.organisationIds().isEmpty()
                ? 0
                : jdbc.sql(
                                """
                                update lead_route set action = :action, note = :note, updated_at = now()
                                where lead_id = :lead and organisation_id = any(:organisations::uuid[])
                                """)
                        .param("action", action)
                        .param("note", strip(note))
                        .param("lead", leadId)
                        .param("organisations", user.organisationIds().toArray(UUID[]::new))
                        .update();
        if (changed == 0) {
            throw new EventNotFoundException(leadId);
        }
    }

    /** Whether the stand's tallies take taps now: on its days, from the first to the last (Paris days). */
    public boolean counting(UUID eventId) {
        return events.find(eventId)
                .filter(event -> event.underway(OffsetDateTime.now()))
                .isPresent();
    }

    private void requireCounting(AccountUser user, UUID eventId) {
        requireTeam(user, eventId);
        if (!counting(eventId)) {
            throw new EventRejectedException(List.of(new Breach("tally", "stand.tally.closed")));
        }
    }

    private void requireTeam(AccountUser user, UUID eventId) {
        events.find(eventId)
                .filter(event -> event.kind() == EventKind.STAND)
                .orElseThrow(() -> new EventNotFoundException(eventId));
        if (!onTeam(user, eventId)) {
            throw new EventNotFoundException(eventId);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
