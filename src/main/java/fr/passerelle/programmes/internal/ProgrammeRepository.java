package fr.passerelle.programmes.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Vocabulary;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme and programme_action tables. */
@Repository
@RequiredArgsConstructor
class ProgrammeRepository {

    /** A programme with its funders' names, in their order. */
    private static final String SELECT =
            """
            select p.*, array(select f.name from programme_funder f where f.programme_id = p.id
                              order by f.position) as funders
            from programme p""";

    private final JdbcClient jdbc;

    UUID insert(ProgrammeDraft draft) {
        return described(
                        jdbc.sql(
                                """
                        insert into programme (name, first_year, last_year, lead_organisation_id, team,
                                               steering_committee, partners, objectives, description)
                        values (:name, :first, :last, :lead, :team, :committee, :partners, :objectives, :description)
                        returning id
                        """),
                        draft)
                .query(UUID.class)
                .single();
    }

    void update(UUID id, ProgrammeDraft draft) {
        described(
                        jdbc.sql(
                                """
                        update programme set name = :name, first_year = :first, last_year = :last,
                               lead_organisation_id = :lead, team = :team, steering_committee = :committee,
                               partners = :partners, objectives = :objectives,
                               description = :description
                        where id = :id
                        """),
                        draft)
                .param("id", id)
                .update();
    }

    /** A statement with the programme's columns bound. */
    private static JdbcClient.StatementSpec described(JdbcClient.StatementSpec statement, ProgrammeDraft draft) {
        return statement
                .param("name", draft.name().strip())
                .param("first", draft.firstYear())
                .param("last", draft.lastYear())
                .param("lead", draft.leadOrganisationId())
                .param("team", blankToNull(draft.presentation().team()))
                .param("committee", blankToNull(draft.presentation().steeringCommittee()))
                .param("partners", blankToNull(draft.presentation().partners()))
                .param("objectives", draft.presentation().objectives().toArray(String[]::new))
                .param("description", blankToNull(draft.presentation().description()));
    }

    /** The years of a programme's actions outside these years. */
    List<Integer> actionYearsOutside(UUID programmeId, int first, int last) {
        return jdbc.sql(
                        """
                        select distinct year from programme_action
                        where programme_id = :id and (year < :first or year > :last) order by year
                        """)
                .param("id", programmeId)
                .param("first", first)
                .param("last", last)
                .query(Integer.class)
                .list();
    }

    boolean deleteAction(UUID id) {
        return jdbc.sql("delete from programme_action where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    UUID insertAction(UUID programmeId, ActionDraft draft) {
        return jdbc.sql(
                        """
                        insert into programme_action (programme_id, kind, title, year, event_id, group_id,
                                                      period_start, period_end, planned, description, objectives)
                        values (:programme, :kind, :title, :year, :event, :group, :start, :end, :planned,
                                :description, :objectives)
                        returning id
                        """)
                .param("programme", programmeId)
                .param("kind", draft.kind().code())
                .param("title", draft.title().strip())
                .param("year", draft.year())
                .param("event", draft.eventId())
                .param("group", draft.groupId())
                .param("start", draft.periodStart())
                .param("end", draft.periodEnd())
                .param("planned", draft.planned())
                .param("description", blankToNull(draft.description()))
                .param("objectives", blankToNull(draft.objectives()))
                .query(UUID.class)
                .single();
    }

    void writeProgramme(UUID id, String description, String assessment) {
        jdbc.sql("update programme set description = :description, assessment = :assessment where id = :id")
                .param("description", blankToNull(description))
                .param("assessment", blankToNull(assessment))
                .param("id", id)
                .update();
    }

    void writeAction(UUID id, String description, String objectives, String assessment) {
        jdbc.sql(
                        """
                        update programme_action set description = :description, objectives = :objectives,
                                                    assessment = :assessment
                        where id = :id
                        """)
                .param("description", blankToNull(description))
                .param("objectives", blankToNull(objectives))
                .param("assessment", blankToNull(assessment))
                .param("id", id)
                .update();
    }

    List<Programme> all() {
        return jdbc.sql(SELECT + " order by last_year desc, name")
                .query(this::programmeRow)
                .list();
    }

    Optional<Programme> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(this::programmeRow)
                .optional();
    }

    /** The network each programme belongs to. */
    java.util.Map<UUID, UUID> networks() {
        java.util.Map<UUID, UUID> networks = new java.util.HashMap<>();
        jdbc.sql("select id, network_id from programme").query(rs -> {
            networks.put(rs.getObject("id", UUID.class), rs.getObject("network_id", UUID.class));
        });
        return networks;
    }

    Optional<UUID> networkOf(UUID programmeId) {
        return jdbc.sql("select network_id from programme where id = :id")
                .param("id", programmeId)
                .query(UUID.class)
                .optional();
    }

    void placeInNetwork(UUID programmeId, UUID networkId) {
        jdbc.sql("update programme set network_id = :network where id = :id")
                .param("network", networkId)
                .param("id", programmeId)
                .update();
    }

    /** How many programmes, and actions in the year, each network has. */
    java.util.Map<UUID, int[]> countsByNetwork(int year) {
        java.util.Map<UUID, int[]> counts = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select p.network_id, count(distinct p.id) filter (where :year between p.first_year and p.last_year)
                                   as programmes, count(a.id) as actions
                        from programme p left join programme_action a on a.programme_id = p.id and a.year = :year
                        group by p.network_id
                        """)
                .param("year", year)
                .query(rs -> {
                    counts.put(
                            rs.getObject("network_id", UUID.class),
                            new int[] {rs.getInt("programmes"), rs.getInt("actions")});
                });
        return counts;
    }

    Optional<UUID> idByName(String name) {
        return jdbc.sql("select id from programme where name = :name")
                .param("name", name)
                .query(UUID.class)
                .optional();
    }

    /** Whether another programme than {@code except} (null: any) has this name, whatever its case. */
    boolean nameTaken(String name, UUID except) {
        return jdbc.sql(
                        """
                        select exists (select 1 from programme where lower(name) = lower(:name)
                                                                    and id is distinct from :except)
                        """)
                .param("name", name.strip())
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    List<ProgrammeAction> actions(UUID programmeId) {
        return jdbc.sql(
                        """
                        select * from programme_action where programme_id = :programme
                        order by year, planned, coalesce(period_start, date '2000-01-01'), created_at, id
                        """)
                .param("programme", programmeId)
                .query(this::actionRow)
                .list();
    }

    Optional<ProgrammeAction> action(UUID id) {
        return jdbc.sql("select * from programme_action where id = :id")
                .param("id", id)
                .query(this::actionRow)
                .optional();
    }

    /** Whether the event already counts: as an action, or as a talk held inside a stand's fair. */
    boolean eventTaken(UUID eventId) {
        return jdbc.sql(
                        """
                        select exists (select 1 from programme_action where event_id = :event)
                            or exists (select 1 from action_talk where event_id = :event)
                        """)
                .param("event", eventId)
                .query(Boolean.class)
                .single();
    }

    private Programme programmeRow(ResultSet rs, int row) throws SQLException {
        return new Programme(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getInt("first_year"),
                rs.getInt("last_year"),
                rs.getObject("lead_organisation_id", UUID.class),
                rs.getString("team"),
                rs.getString("steering_committee"),
                rs.getString("partners"),
                strings(rs.getArray("funders")),
                strings(rs.getArray("objectives")),
                rs.getString("description"),
                rs.getString("assessment"));
    }

    private ProgrammeAction actionRow(ResultSet rs, int row) throws SQLException {
        return new ProgrammeAction(
                rs.getObject("id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                Vocabulary.parse(ActionKind.class, rs.getString("kind")).orElseThrow(),
                rs.getString("title"),
                rs.getInt("year"),
                rs.getObject("event_id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getBoolean("planned"),
                rs.getString("description"),
                rs.getString("objectives"),
                rs.getString("assessment"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
