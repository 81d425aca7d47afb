package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referral and timeline tables. */
@Repository
@RequiredArgsConstructor
class ReferralRepository {

    private final JdbcClient jdbc;

    /**
     * Inserts a sent referral, counted for a regional network; empty when the project already has an open one to that
     * organisation.
     */
    Optional<UUID> insert(
            UUID projectId, UUID organisationId, UUID schemeId, String message, UUID by, String byName, UUID network) {
        return jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, scheme_id, message, sent_by, sent_by_name,
                                              network_id)
                        values (:project, :organisation, :scheme, :message, :by, :byName, :network)
                        on conflict (project_id, organisation_id) where status in ('sent', 'accepted') do nothing
                        returning id
                        """)
                .param("project", projectId)
                .param("organisation", organisationId)
                .param("scheme", schemeId)
                .param("message", message)
                .param("by", by)
                .param("byName", byName)
                .param("network", network)
                .query(UUID.class)
                .optional();
    }

    /** The network a referral is counted for (V97). */
    UUID networkOf(UUID id) {
        return jdbc.sql("select network_id from referral where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single();
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("select * from referral where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    List<Referral> ofProject(UUID projectId) {
        return jdbc.sql("select * from referral where project_id = :project order by sent_at, id")
                .param("project", projectId)
                .query(ROW)
                .list();
    }

    /**
     * A page of the referrals to these organisations, unanswered first, newest first. Read organisation by
     * organisation with an equality on each (an {@code = any(array)} would read and sort every referral of them),
     * each half from its partial index, then merged.
     */
    List<Referral> toOrganisations(Collection<UUID> organisations, int limit, int offset) {
        java.util.List<Referral> merged = new java.util.ArrayList<>();
        for (UUID organisation : organisations) {
            merged.addAll(jdbc.sql(
                            """
                            (select * from referral where organisation_id = :organisation and status = 'sent'
                             order by sent_at desc limit :rows)
                            union all
                            (select * from referral where organisation_id = :organisation and status <> 'sent'
                             order by sent_at desc limit :rows)
                            """)
                    .param("organisation", organisation)
                    .param("rows", limit + offset)
                    .query(ROW)
                    .list());
        }
        return merged.stream()
                .sorted(java.util.Comparator.comparing((Referral r) -> r.status() != ReferralStatus.SENT)
                        .thenComparing(Referral::sentAt, java.util.Comparator.reverseOrder())
                        .thenComparing(Referral::id))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    /** How many referrals these organisations received and have not answered yet. */
    int unansweredTo(Collection<UUID> organisations) {
        return jdbc.sql(
                        "select count(*) from referral where organisation_id = any(:organisations::uuid[]) and status = 'sent'")
                .param("organisations", organisations.toArray(UUID[]::new))
                .query(Integer.class)
                .single();
    }

    /** Whether one of these organisations holds (or held) the project through a referral it did not turn down. */
    boolean referredTo(UUID projectId, Collection<UUID> organisations) {
        return jdbc.sql(
                        """
                        select exists (select 1 from referral where project_id = :project
                                       and organisation_id = any(:organisations::uuid[])
                                       and status in ('sent', 'accepted', 'closed'))
                        """)
                .param("project", projectId)
                .param("organisations", organisations.toArray(UUID[]::new))
                .query(Boolean.class)
                .single();
    }

    /** Moves a referral on, only from the status it must be in; false when it was not (someone answered first). */
    boolean answer(UUID id, ReferralStatus from, ReferralStatus to, String byName, String reason, Outcome outcome) {
        return jdbc.sql(
                                """
                        update referral set status = :to,
                               answered_by_name = case when :from = 'sent' then :byName else answered_by_name end,
                               answered_at = case when :from = 'sent' then now() else answered_at end,
                               decline_reason = coalesce(:reason, decline_reason),
                               outcome = :outcome,
                               closed_at = case when :to = 'closed' then now() else closed_at end
                        where id = :id and status = :from
                        """)
                        .param("id", id)
                        .param("from", from.code())
                        .param("to", to.code())
                        .param("byName", byName)
                        .param("reason", reason)
                        .param("outcome", outcome == null ? null : outcome.code())
                        .update()
                == 1;
    }

    /**
     * The unanswered referrals owed a reminder or their expiry on that day, locked so that no other instance handles
     * them in the same run.
     */
    /** The oldest {@code limit} unanswered referrals owed a reminder or their expiry at {@code now}, locked. */
    List<Referral> dueForFollowUp(OffsetDateTime now, int limit) {
        return jdbc.sql(
                        """
                        select * from referral
                        where status = 'sent'
                          and (sent_at <= :now - interval '30 days'
                               or (reminders_sent < 2 and sent_at <= :now - interval '14 days')
                               or (reminders_sent < 1 and sent_at <= :now - interval '7 days'))
                        order by sent_at
                        limit :limit
                        for update skip locked
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    void setReminders(UUID id, int reminders) {
        jdbc.sql("update referral set reminders_sent = :reminders where id = :id")
                .param("id", id)
                .param("reminders", reminders)
                .update();
    }

    void expire(UUID id) {
        jdbc.sql("update referral set status = 'expired' where id = :id and status = 'sent'")
                .param("id", id)
                .update();
    }

    void record(UUID projectId, TimelineKind kind, String actor, UUID organisationId, UUID referralId, String detail) {
        jdbc.sql(
                        """
                        insert into timeline_event (project_id, kind, actor_name, organisation_id, referral_id, detail)
                        values (:project, :kind, :actor, :organisation, :referral, :detail)
                        """)
                .param("project", projectId)
                .param("kind", kind.code())
                .param("actor", actor)
                .param("organisation", organisationId)
                .param("referral", referralId)
                .param("detail", detail)
                .update();
    }

    List<TimelineEvent> timeline(UUID projectId) {
        return jdbc.sql("select * from timeline_event where project_id = :project order by at, id")
                .param("project", projectId)
                .query((rs, row) -> new TimelineEvent(
                        rs.getObject("at", OffsetDateTime.class),
                        one(TimelineKind.class, rs.getString("kind")),
                        rs.getString("actor_name"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("referral_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }

    private static final RowMapper<Referral> ROW = (rs, row) -> new Referral(
            rs.getObject("id", UUID.class),
            rs.getObject("project_id", UUID.class),
            rs.getObject("organisation_id", UUID.class),
            rs.getObject("scheme_id", UUID.class),
            rs.getString("message"),
            one(ReferralStatus.class, rs.getString("status")),
            rs.getObject("sent_by", UUID.class),
            rs.getString("sent_by_name"),
            rs.getObject("sent_at", OffsetDateTime.class),
            rs.getString("answered_by_name"),
            rs.getObject("answered_at", OffsetDateTime.class),
            rs.getString("decline_reason"),
            rs.getString("outcome") == null ? null : one(Outcome.class, rs.getString("outcome")),
            rs.getObject("closed_at", OffsetDateTime.class),
            rs.getInt("reminders_sent"));

    private static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return Vocabulary.parse(type, code).orElseThrow();
    }
}
