package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcome_follow_up table. */
@Repository
@RequiredArgsConstructor
class FollowUpRepository {

    private final JdbcClient jdbc;

    /** Plans a question; nothing when the same one is already planned. */
    void plan(Referral referral, Milestone milestone, LocalDate dueOn) {
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on)
                        values (:referral, :project, :organisation, :milestone, :due)
                        on conflict (referral_id, milestone, due_on) do nothing
                        """)
                .param("referral", referral.id())
                .param("project", referral.projectId())
                .param("organisation", referral.organisationId())
                .param("milestone", milestone.code())
                .param("due", dueOn)
                .update();
    }

    Optional<OutcomeFollowUp> find(UUID id) {
        return jdbc.sql("select * from outcome_follow_up where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** The open questions due by that day for these structures, oldest first. */
    List<OutcomeFollowUp> due(Collection<UUID> organisations, LocalDate day, int limit) {
        return jdbc.sql(
                        """
                        select * from outcome_follow_up
                        where organisation_id = any(:organisations::uuid[]) and answered_at is null and due_on <= :day
                        order by due_on, id
                        limit :limit
                        """)
                .param("organisations", organisations.toArray(UUID[]::new))
                .param("day", day)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    int dueCount(Collection<UUID> organisations, LocalDate day) {
        return jdbc.sql(
                        """
                        select count(*) from outcome_follow_up
                        where organisation_id = any(:organisations::uuid[]) and answered_at is null and due_on <= :day
                        """)
                .param("organisations", organisations.toArray(UUID[]::new))
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    List<OutcomeFollowUp> ofProjects(Collection<UUID> projects) {
        return jdbc.sql("select * from outcome_follow_up where project_id = any(:projects::uuid[]) order by due_on, id")
                .param("projects", projects.toArray(UUID[]::new))
                .query(ROW)
                .list();
    }

    /** Writes the answer, only if nobody answered first. */
    boolean answer(
            UUID id, String byName, FollowUpAnswer answer, String commune, LocalDate on, Integer jobs, String comment) {
        return jdbc.sql(
                                """
                        update outcome_follow_up
                        set answered_at = now(), answered_by_name = :by, answer = :answer, commune_code = :commune,
                            installed_on = :on, jobs = :jobs, comment = :comment
                        where id = :id and answered_at is null
                        """)
                        .param("id", id)
                        .param("by", byName)
                        .param("answer", answer.code())
                        .param("commune", commune)
                        .param("on", on)
                        .param("jobs", jobs)
                        .param("comment", comment)
                        .update()
                == 1;
    }

    /** Drops the questions still planned for that referral at that milestone (the activity stopped). */
    void dropOpen(UUID referralId, Milestone milestone) {
        jdbc.sql("delete from outcome_follow_up where referral_id = :referral and milestone = :milestone"
                        + " and answered_at is null")
                .param("referral", referralId)
                .param("milestone", milestone.code())
                .update();
    }

    /**
     * The questions owed an e-mail at {@code now}: due and never asked, or asked a month ago and still unanswered
     * (one reminder); the {@code limit} longest due, locked so that no other instance sends them in the same run.
     */
    List<OutcomeFollowUp> owedAnEmail(OffsetDateTime now, int limit) {
        return jdbc.sql(
                        """
                        select * from outcome_follow_up
                        where answered_at is null and due_on <= cast(cast(:now as timestamptz) at time zone 'Europe/Paris' as date)
                          and (asked_at is null or (reminded_at is null and asked_at <= :now - interval '30 days'))
                        order by due_on, id
                        limit :limit
                        for update skip locked
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    void markAsked(UUID id, boolean reminder, OffsetDateTime at) {
        jdbc.sql(
                        reminder
                                ? "update outcome_follow_up set reminded_at = :at where id = :id"
                                : "update outcome_follow_up set asked_at = :at where id = :id")
                .param("id", id)
                .param("at", at)
                .update();
    }

    private static final RowMapper<OutcomeFollowUp> ROW = (rs, row) -> new OutcomeFollowUp(
            rs.getObject("id", UUID.class),
            rs.getObject("referral_id", UUID.class),
            rs.getObject("project_id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            one(Milestone.class, rs.getString("milestone")),
            rs.getObject("due_on", LocalDate.class),
            rs.getObject("asked_at", OffsetDateTime.class),
            rs.getObject("answered_at", OffsetDateTime.class),
            rs.getString("answered_by_name"),
            one(FollowUpAnswer.class, rs.getString("answer")),
            rs.getString("commune_code"),
            rs.getObject("installed_on", LocalDate.class),
            (Integer) rs.getObject("jobs", Integer.class),
            rs.getString("comment"));

    private static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return code == null ? null : Vocabulary.parse(type, code).orElseThrow();
    }
}
