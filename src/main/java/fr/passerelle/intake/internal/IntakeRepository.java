package fr.passerelle.intake.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.intake.ConsentKind;
import fr.passerelle.intake.IntakeChannel;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the intake module. */
@Repository
@RequiredArgsConstructor
public class IntakeRepository {

    private final JdbcClient jdbc;

    /** Whether a file (not erased) is kept under this address. */
    boolean hasHolderWithAddress(String email) {
        return jdbc.sql(
                        "select exists (select 1 from project_holder where lower(email) = lower(:email) and erased_at is null)")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    public UUID insertHolder(IntakeDraft draft, UUID userId) {
        return jdbc.sql(
                        """
                        insert into project_holder (kind, name, email, phone, members, current_commune, household_needs, user_id)
                        values (:kind, :name, :email, :phone, :members, :commune, :household::text[], :user)
                        returning id
                        """)
                .param("kind", draft.holderKind().code())
                .param("name", draft.name().strip())
                .param("email", blankToNull(draft.email()))
                .param("phone", blankToNull(draft.phone()))
                .param("members", draft.holderKind() == HolderKind.COLLECTIVE ? blankToNull(draft.members()) : null)
                .param("commune", blankToNull(draft.currentCommune()))
                .param("household", codes(draft.householdNeeds()))
                .param("user", userId)
                .query(UUID.class)
                .single();
    }

    public UUID insertProject(UUID holderId, IntakeDraft draft) {
        UUID id = jdbc.sql(
                        """
                        insert into project (holder_id, title, description, kind, stage, sectors, ess, needs, target_scope)
                        values (:holder, :title, :description, :kind, :stage, :sectors::text[], :ess, :needs::text[], :scope)
                        returning id
                        """)
                .param("holder", holderId)
                .param("title", draft.projectTitle().strip())
                .param("description", blankToNull(draft.projectDescription()))
                .param("kind", draft.projectKind().code())
                .param("stage", draft.stage().code())
                .param("sectors", codes(draft.sectors()))
                .param("ess", draft.ess())
                .param("needs", codes(draft.needs()))
                .param("scope", draft.targetScope().code())
                .query(UUID.class)
                .single();
        List<String> communes = draft.targetCommunes();
        for (int i = 0; i < communes.size(); i++) {
            jdbc.sql("insert into project_target_commune values (:project, :position, :commune)")
                    .param("project", id)
                    .param("position", i + 1)
                    .param("commune", communes.get(i))
                    .update();
        }
        return id;
    }

    public void setTargets(UUID projectId, Collection<UUID> perimeters) {
        jdbc.sql("delete from project_target where project_id = :id")
                .param("id", projectId)
                .update();
        jdbc.sql("insert into project_target select :id, p from unnest(:perimeters::uuid[]) p on conflict do nothing")
                .param("id", projectId)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .update();
    }

    public void recordConsent(UUID holderId, ConsentKind kind, boolean given, String wording) {
        jdbc.sql(
                        "insert into holder_consent (holder_id, kind, given, wording) values (:holder, :kind, :given, :wording)")
                .param("holder", holderId)
                .param("kind", kind.code())
                .param("given", given)
                .param("wording", wording)
                .update();
    }

    /** Inserts the request with the next reference of the year, ACC-2026-000042. */
    public IntakeRequest insertRequest(UUID projectId, IntakeChannel channel, UUID deskOrganisationId, UUID enteredBy) {
        return jdbc.sql(
                        """
                        insert into intake_request (reference, project_id, channel, desk_organisation_id, entered_by)
                        values ('ACC-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('intake_reference')::text, 6, '0'),
                                :project, :channel, :desk, :enteredBy)
                        returning *
                        """)
                .param("project", projectId)
                .param("channel", channel.code())
                .param("desk", deskOrganisationId)
                .param("enteredBy", enteredBy)
                .query(REQUEST)
                .single();
    }

    /**
     * The inbox of these desks, newest first; with {@code unrouted}, also the requests no desk covered (the
     * coordinators').
     */
    /**
     * The requests of these desks, newest first; for the network's coordinators ({@code unrouted}) also those no desk
     * covered and those no desk took within {@code untakenFor}.
     */
    /**
     * Whether the project {@code p} aims at a commune of the départements {@code :departements} (null: any, for the
     * national level): where a regional network's coordinators act on holders' files, since a network covers whole
     * régions.
     */
    public static final String PROJECT_IN_DEPARTEMENTS =
            """
            (cast(:departements as text[]) is null
             or exists (select 1 from project_target_commune tc where tc.project_id = p.id
                        and (case when tc.commune_code like '97%' then left(tc.commune_code, 3)
                                  else left(tc.commune_code, 2) end) = any(cast(:departements as text[]))))""";

    /**
     * The requests of these desks, and, when {@code unrouted}, those no desk covered or no desk took in time among the
     * projects aimed at these départements (null: every one).
     */
    public List<InboxItem> inbox(
            Collection<UUID> desks, boolean unrouted, String[] departements, Duration untakenFor, int limit) {
        return jdbc.sql(
                        """
                        select r.id, r.reference, r.created_at, r.channel, h.kind as holder_kind, h.name as holder_name,
                               p.title, p.stage, t.commune_code, r.referent_name, r.desk_organisation_id
                        from intake_request r
                        join project p on p.id = r.project_id
                        join project_holder h on h.id = p.holder_id
                        left join project_target_commune t on t.project_id = p.id and t.position = 1
                        where r.desk_organisation_id = any(:desks::uuid[])
                           or (:unrouted and (r.desk_organisation_id is null
                                             or (r.referent_id is null
                                                 and r.created_at < now() - make_interval(secs => :untaken)))
                               and %s)
                        order by r.created_at desc
                        limit :limit
                        """
                                .formatted(PROJECT_IN_DEPARTEMENTS))
                .param("desks", desks.toArray(UUID[]::new))
                .param("unrouted", unrouted)
                .param("departements", departements)
                .param("untaken", untakenFor.toSeconds())
                .param("limit", limit)
                .query((rs, row) -> new InboxItem(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        one(IntakeChannel.class, rs.getString("channel")),
                        one(HolderKind.class, rs.getString("holder_kind")),
                        rs.getString("holder_name"),
                        rs.getString("title"),
                        one(ProjectStage.class, rs.getString("stage")),
                        rs.getString("commune_code"),
                        rs.getString("referent_name"),
                        rs.getObject("desk_organisation_id", UUID.class)))
                .list();
    }

    /** How many requests of these desks nobody has taken. */
    public int untakenAt(Collection<UUID> desks) {
        return jdbc.sql(
                        """
                        select count(*) from intake_request
                        where desk_organisation_id = any(:desks::uuid[]) and referent_id is null
                        """)
                .param("desks", desks.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /**
     * How many requests nobody has taken that no desk covered, or that their desk (not one of {@code except}) left for
     * longer than that.
     */
    public int untakenByDesks(Duration untakenFor, Collection<UUID> except, String[] departements) {
        return jdbc.sql(
                        """
                        select count(*) from intake_request r join project p on p.id = r.project_id
                        where r.referent_id is null
                          and (r.desk_organisation_id is null
                               or (r.created_at < now() - make_interval(secs => :untaken)
                                   and r.desk_organisation_id <> all(:except::uuid[])))
                          and %s
                        """
                                .formatted(PROJECT_IN_DEPARTEMENTS))
                .param("untaken", untakenFor.toSeconds())
                .param("except", except.toArray(UUID[]::new))
                .param("departements", departements)
                .query(Integer.class)
                .single();
    }

    /** Whether the project aims at a commune of these départements (null: always). */
    public boolean projectIn(UUID projectId, String[] departements) {
        return jdbc.sql("select exists (select 1 from project p where p.id = :project and %s)"
                        .formatted(PROJECT_IN_DEPARTEMENTS))
                .param("project", projectId)
                .param("departements", departements)
                .query(Boolean.class)
                .single();
    }

    public Optional<IntakeRequest> request(UUID id) {
        return jdbc.sql("select * from intake_request where id = :id")
                .param("id", id)
                .query(REQUEST)
                .optional();
    }

    /** Ties the request to the stand lead it was opened from. */
    public void setStandLead(UUID requestId, UUID leadId) {
        jdbc.sql("update intake_request set stand_lead_id = :lead where id = :id")
                .param("lead", leadId)
                .param("id", requestId)
                .update();
    }

    /** The stand leads the project's requests were opened from. */
    List<UUID> standLeadsOf(UUID projectId) {
        return jdbc.sql(
                        """
                        select stand_lead_id from intake_request
                        where project_id = :id and stand_lead_id is not null order by created_at
                        """)
                .param("id", projectId)
                .query(UUID.class)
                .list();
    }

    public List<IntakeRequest> requestsOf(UUID projectId) {
        return jdbc.sql("select * from intake_request where project_id = :id order by created_at")
                .param("id", projectId)
                .query(REQUEST)
                .list();
    }

    /**
     * The projects that name one of these communes and whose holder lets the territories they target contact them
     * (their latest word on it), newest first.
     */
    public List<Project> targeting(List<String> communeCodes, int limit, int offset) {
        return jdbc.sql(
                        PROJECT
                                + """
                         join project_holder h on h.id = p.holder_id
                        where h.erased_at is null
                          and exists (select 1 from project_target_commune t
                                      where t.project_id = p.id and t.commune_code = any(:codes::text[]))
                          and coalesce((select c.given from holder_consent c
                                        where c.holder_id = h.id and c.kind = 'territory_contact'
                                        order by c.recorded_at desc, c.id desc limit 1), false)
                        order by p.created_at desc, p.id
                        limit :limit offset :offset
                        """)
                .param("codes", communeCodes.toArray(String[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query(PROJECT_ROW)
                .list();
    }

    /** A project that fits an offer, with whom to tell. */
    record FittingProject(UUID projectId, String title, String holderName, String email, boolean notified) {}

    /**
     * The projects naming one of these communes, of one of these kinds, sharing a sector when both name some, whose
     * holders let the territories they target contact them; the newest first.
     */
    List<FittingProject> fitting(
            UUID offerId, List<String> communes, List<String> kinds, List<String> sectors, int limit) {
        return jdbc.sql(
                        """
                        select p.id as project_id, p.title, h.name as holder_name, h.email,
                               exists (select 1 from offer_match_notice n
                                       where n.offer_id = :offer and n.project_id = p.id) as notified
                        from project p join project_holder h on h.id = p.holder_id
                        where h.erased_at is null and p.kind = any(:kinds::text[])
                          and exists (select 1 from project_target_commune t
                                      where t.project_id = p.id and t.commune_code = any(:communes::text[]))
                          and (cardinality(:sectors::text[]) = 0 or cardinality(p.sectors) = 0
                               or p.sectors && :sectors::text[])
                          and coalesce((select c.given from holder_consent c
                                        where c.holder_id = h.id and c.kind = 'territory_contact'
                                        order by c.recorded_at desc, c.id desc limit 1), false)
                        order by p.created_at desc, p.id
                        limit :limit
                        """)
                .param("offer", offerId)
                .param("communes", communes.toArray(String[]::new))
                .param("kinds", kinds.toArray(String[]::new))
                .param("sectors", sectors.toArray(String[]::new))
                .param("limit", limit)
                .query(FittingProject.class)
                .list();
    }

    /** Records that the holder of the project heard of the offer; false when they already had. */
    boolean notified(UUID offerId, UUID projectId) {
        return jdbc.sql(
                                """
                        insert into offer_match_notice (offer_id, project_id) values (:offer, :project)
                        on conflict do nothing
                        """)
                        .param("offer", offerId)
                        .param("project", projectId)
                        .update()
                == 1;
    }

    public Optional<Project> project(UUID id) {
        return jdbc.sql(PROJECT + " where p.id = :id")
                .param("id", id)
                .query(PROJECT_ROW)
                .optional();
    }

    /** The projects of the holder files tied to this account, newest first. */
    public List<Project> projectsOfUser(UUID userId) {
        return jdbc.sql(PROJECT + " join project_holder h on h.id = p.holder_id where h.user_id = :user"
                        + " and h.erased_at is null"
                        + " order by p.created_at desc")
                .param("user", userId)
                .query(PROJECT_ROW)
                .list();
    }

    public Map<UUID, String> titles(Collection<UUID> projectIds) {
        Map<UUID, String> titles = new java.util.HashMap<>();
        jdbc.sql("select id, title from project where id = any(:ids::uuid[])")
                .param("ids", projectIds.toArray(UUID[]::new))
                .query((rs, row) -> titles.put(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
        return titles;
    }

    public Optional<Holder> holder(UUID id) {
        return jdbc.sql("select * from project_holder where id = :id")
                .param("id", id)
                .query(HOLDER)
                .optional();
    }

    /** The consents in force: the latest of each kind. */
    public Map<ConsentKind, Boolean> consents(UUID holderId) {
        Map<ConsentKind, Boolean> consents = new EnumMap<>(ConsentKind.class);
        jdbc.sql(
                        """
                        select distinct on (kind) kind, given from holder_consent
                        where holder_id = :holder order by kind, recorded_at desc, id desc
                        """)
                .param("holder", holderId)
                .query((rs, row) -> consents.put(one(ConsentKind.class, rs.getString("kind")), rs.getBoolean("given")))
                .list();
        return consents;
    }

    /** Makes this user the referent of a request nobody has taken yet; false when someone already has. */
    public boolean take(UUID requestId, UUID userId, String userName) {
        return jdbc.sql(
                                """
                        update intake_request set referent_id = :user, referent_name = :name, taken_at = now()
                        where id = :id and referent_id is null
                        """)
                        .param("id", requestId)
                        .param("user", userId)
                        .param("name", userName)
                        .update()
                == 1;
    }

    public void writeNote(UUID requestId, String note) {
        jdbc.sql("update intake_request set listening_note = :note, listening_note_at = now() where id = :id")
                .param("id", requestId)
                .param("note", note)
                .update();
    }

    List<UUID> holdersOfUser(UUID userId) {
        return jdbc.sql("select id from project_holder where user_id = :user and erased_at is null order by created_at")
                .param("user", userId)
                .query(UUID.class)
                .list();
    }

    /** The account's files, and those made with its address that no account holds (waiting for its confirmation). */
    List<UUID> holdersUnder(UUID userId, String email) {
        return jdbc.sql(
                        """
                        select id from project_holder
                        where erased_at is null and (user_id = :user or (user_id is null and lower(email) = lower(:email)))
                        order by created_at
                        """)
                .param("user", userId)
                .param("email", email)
                .query(UUID.class)
                .list();
    }

    List<UUID> projectsOf(List<UUID> holders) {
        return jdbc.sql("select id from project where holder_id = any(:holders::uuid[]) order by created_at")
                .param("holders", holders.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    List<Map<String, Object>> consentHistory(List<UUID> holders) {
        return jdbc.sql(
                        """
                        select kind, given, wording, recorded_at from holder_consent
                        where holder_id = any(:holders::uuid[]) order by recorded_at, id
                        """)
                .param("holders", holders.toArray(UUID[]::new))
                .query((rs, row) -> {
                    Map<String, Object> consent = new java.util.LinkedHashMap<>();
                    consent.put("accord", rs.getString("kind"));
                    consent.put("donne", rs.getBoolean("given"));
                    consent.put("texte", rs.getString("wording"));
                    consent.put("le", String.valueOf(rs.getObject("recorded_at")));
                    return consent;
                })
                .list();
    }

    List<Map<String, Object>> readsOf(List<UUID> holders) {
        return jdbc.sql(
                        """
                        select user_name, what, read_at from personal_data_access
                        where holder_id = any(:holders::uuid[]) order by read_at, id
                        """)
                .param("holders", holders.toArray(UUID[]::new))
                .query((rs, row) -> {
                    Map<String, Object> read = new java.util.LinkedHashMap<>();
                    read.put("par", rs.getString("user_name"));
                    read.put("quoi", rs.getString("what"));
                    read.put("le", String.valueOf(rs.getObject("read_at")));
                    return read;
                })
                .list();
    }

    void touch(UUID userId) {
        jdbc.sql("update project_holder set last_active_at = now() where user_id = :user and erased_at is null")
                .param("user", userId)
                .update();
    }

    /** Removes a holder's personal data; what counts for the statistics stays (kinds, stages, places, dates). */
    void erase(UUID holderId) {
        jdbc.sql(
                        """
                        update project_holder set name = 'Anonyme', email = 'efface@invalid.invalid', phone = null,
                               members = null, current_commune = null, user_id = null, erased_at = now()
                        where id = :id
                        """)
                .param("id", holderId)
                .update();
        jdbc.sql(
                        "update project set title = 'Projet effacé', description = null, updated_at = now() where holder_id = :id")
                .param("id", holderId)
                .update();
        jdbc.sql(
                        """
                        update intake_request set listening_note = null
                        where project_id in (select id from project where holder_id = :id)
                        """)
                .param("id", holderId)
                .update();
        jdbc.sql("delete from holder_consent where holder_id = :id")
                .param("id", holderId)
                .update();
        // A link asking to confirm the request would still name it and prompt the address.
        jdbc.sql("delete from holder_claim where holder_id = :id")
                .param("id", holderId)
                .update();
        // The access log keeps who read the file and when, but not the project's title it named.
        jdbc.sql(
                        "update personal_data_access set what = regexp_replace(what, '«.*»', '« effacé »') where holder_id = :id")
                .param("id", holderId)
                .update();
    }

    /** The files nobody has touched since the cutoff: no activity of the holder, no new request. */
    List<Holder> inactiveSince(OffsetDateTime cutoff, int limit) {
        return jdbc.sql(
                        """
                        select h.* from project_holder h
                        where h.erased_at is null and h.last_active_at < :cutoff
                          and not exists (select 1 from project p join intake_request r on r.project_id = p.id
                                          where p.holder_id = h.id and r.created_at >= :cutoff)
                        order by h.last_active_at limit :limit
                        """)
                .param("cutoff", cutoff)
                .param("limit", limit)
                .query(HOLDER)
                .list();
    }

    /** One line of the access log for each holder whose data a page showed at once. */
    public void logAccess(UUID userId, String userName, java.util.Collection<UUID> holderIds, String what) {
        jdbc.sql(
                        """
                        insert into personal_data_access (user_id, user_name, holder_id, what)
                        select :user, :name, holder, :what from unnest(:holders::uuid[]) as holder
                        """)
                .param("user", userId)
                .param("name", userName)
                .param("holders", holderIds.stream().distinct().toArray(UUID[]::new))
                .param("what", what)
                .update();
    }

    public void logAccess(UUID userId, String userName, UUID holderId, String what) {
        jdbc.sql(
                        "insert into personal_data_access (user_id, user_name, holder_id, what) values (:user, :name, :holder, :what)")
                .param("user", userId)
                .param("name", userName)
                .param("holder", holderId)
                .param("what", what)
                .update();
    }

    /**
     * The latest reads of personal files, of the holders with a project aimed at these départements (null: every
     * read, for the national level).
     */
    public List<AccessLogEntry> accessLog(int limit, String[] departements) {
        return jdbc.sql(
                        """
                        select a.read_at, a.user_name, a.what, h.name as holder_name, a.holder_id
                        from personal_data_access a left join project_holder h on h.id = a.holder_id
                        where cast(:departements as text[]) is null
                           or exists (select 1 from project p where p.holder_id = a.holder_id and %s)
                        order by a.read_at desc, a.id desc limit :limit
                        """
                                .formatted(PROJECT_IN_DEPARTEMENTS))
                .param("limit", limit)
                .param("departements", departements)
                .query(AccessLogEntry.class)
                .list();
    }

    private static final String PROJECT =
            """
            select p.*, array(select t.commune_code from project_target_commune t where t.project_id = p.id
                              order by t.position) as target_communes
            from project p""";

    private static final RowMapper<Project> PROJECT_ROW = (rs, row) -> new Project(
            rs.getObject("id", UUID.class),
            rs.getObject("holder_id", UUID.class),
            rs.getString("title"),
            rs.getString("description"),
            one(ProjectKind.class, rs.getString("kind")),
            one(ProjectStage.class, rs.getString("stage")),
            values(Sector.class, rs.getArray("sectors")),
            rs.getBoolean("ess"),
            values(Need.class, rs.getArray("needs")),
            one(TargetScope.class, rs.getString("target_scope")),
            strings(rs.getArray("target_communes")),
            rs.getObject("created_at", OffsetDateTime.class));

    private static final RowMapper<Holder> HOLDER = (rs, row) -> new Holder(
            rs.getObject("id", UUID.class),
            one(HolderKind.class, rs.getString("kind")),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("members"),
            rs.getString("current_commune"),
            values(HouseholdNeed.class, rs.getArray("household_needs")),
            rs.getObject("user_id", UUID.class));

    private static final RowMapper<IntakeRequest> REQUEST = (rs, row) -> new IntakeRequest(
            rs.getObject("id", UUID.class),
            rs.getString("reference"),
            rs.getObject("project_id", UUID.class),
            one(IntakeChannel.class, rs.getString("channel")),
            rs.getObject("desk_organisation_id", UUID.class),
            rs.getObject("referent_id", UUID.class),
            rs.getString("referent_name"),
            rs.getObject("taken_at", OffsetDateTime.class),
            rs.getString("listening_note"),
            rs.getObject("listening_note_at", OffsetDateTime.class),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("entered_by", UUID.class));

    private static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return code == null ? null : Vocabulary.parse(type, code).orElseThrow();
    }

    private static <E extends Enum<E> & Vocabulary> List<E> values(Class<E> type, Array array) throws SQLException {
        List<E> values = new ArrayList<>();
        for (String code : strings(array)) {
            values.add(one(type, code));
        }
        return values;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String[] codes(List<? extends Vocabulary> values) {
        return values == null
                ? new String[0]
                : values.stream().map(Vocabulary::code).distinct().toArray(String[]::new);
    }
}
