package fr.passerelle.directory.internal;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Changes of an organisation's coverage. The approved coverage ({@code organisation_coverage}) is the only one that
 * searches, orientation and access checks read, and each of its rows names the approved change it comes from: a
 * member's or an outsider's change waits as a proposal, one per organisation, until a coordinator decides.
 */
@Repository
@RequiredArgsConstructor
public class CoverageChanges {

    /** A change waiting for a coordinator, as the moderation queue reads it. */
    public record Waiting(
            long id,
            UUID organisationId,
            String organisationName,
            List<UUID> approved,
            List<UUID> proposed,
            String proposedBy,
            OffsetDateTime proposedAt) {}

    private record Decided(UUID organisationId, List<UUID> perimeters) {}

    private final JdbcClient jdbc;

    /** The perimeters proposed for the organisation and waiting for a coordinator; empty when none waits. */
    public List<UUID> waiting(UUID organisationId) {
        return jdbc.sql("select perimeters from coverage_change where organisation_id = :id and status = 'pending'")
                .param("id", organisationId)
                .query((rs, row) -> Codes.uuids(rs.getArray("perimeters")))
                .optional()
                .orElse(List.of());
    }

    /**
     * Proposes a coverage for the organisation, in place of the proposal that waited; nothing when it is the approved
     * one. The organisation's row is locked by its update in the same transaction, so proposals come one at a time.
     */
    public void propose(UUID organisationId, List<UUID> perimeters, String proposedBy) {
        if (isApproved(organisationId, perimeters)) {
            return;
        }
        jdbc.sql("delete from coverage_change where organisation_id = :id and status = 'pending'")
                .param("id", organisationId)
                .update();
        jdbc.sql(
                        "insert into coverage_change (organisation_id, perimeters, proposed_by) values (:id, :perimeters, :by)")
                .param("id", organisationId)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("by", proposedBy)
                .update();
    }

    /** A coverage that a coordinator writes (their own edit, an import, a creation), approved as it is written. */
    public void grant(UUID organisationId, List<UUID> perimeters, String decidedBy) {
        if (isApproved(organisationId, perimeters)) {
            return;
        }
        long change = jdbc.sql(
                        """
                        insert into coverage_change (organisation_id, perimeters, proposed_by, status, decided_by,
                            decided_at)
                        values (:id, :perimeters, :by, 'approved', :by, now())
                        returning id
                        """)
                .param("id", organisationId)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .param("by", decidedBy)
                .query(Long.class)
                .single();
        apply(change, organisationId, perimeters);
    }

    /** Approves or rejects a waiting change; false when it no longer waited (decided, or replaced by another). */
    public boolean decide(long changeId, boolean approve, String decidedBy) {
        Optional<Decided> decided = jdbc.sql(
                        """
                        update coverage_change set status = :status, decided_by = :by, decided_at = now()
                        where id = :id and status = 'pending'
                        returning organisation_id, perimeters
                        """)
                .param("id", changeId)
                .param("status", approve ? "approved" : "rejected")
                .param("by", decidedBy)
                .query((rs, row) -> new Decided(
                        rs.getObject("organisation_id", UUID.class), Codes.uuids(rs.getArray("perimeters"))))
                .optional();
        decided.filter(change -> approve)
                .ifPresent(change -> apply(changeId, change.organisationId(), change.perimeters()));
        return decided.isPresent();
    }

    /** The organisation a change of coverage is for; empty when there is no such change. */
    public Optional<UUID> organisationOf(long changeId) {
        return jdbc.sql("select organisation_id from coverage_change where id = :id")
                .param("id", changeId)
                .query(UUID.class)
                .optional();
    }

    /** The waiting change of the organisation, if any: a proposed entry's coverage is decided with the entry. */
    public Optional<Long> waitingChange(UUID organisationId) {
        return jdbc.sql("select id from coverage_change where organisation_id = :id and status = 'pending'")
                .param("id", organisationId)
                .query(Long.class)
                .optional();
    }

    /** The changes of published organisations waiting for a coordinator, the oldest first. */
    public List<Waiting> waitingForPublished() {
        return jdbc.sql(
                        """
                        select c.id, c.organisation_id, o.name, c.perimeters, c.proposed_by, c.proposed_at,
                            array(select oc.perimeter_id from organisation_coverage oc
                                  where oc.organisation_id = o.id) as approved
                        from coverage_change c join organisation o on o.id = c.organisation_id
                        where c.status = 'pending' and o.status = 'published'
                        order by c.proposed_at
                        """)
                .query((rs, row) -> new Waiting(
                        rs.getLong("id"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        Codes.uuids(rs.getArray("approved")),
                        Codes.uuids(rs.getArray("perimeters")),
                        rs.getString("proposed_by"),
                        rs.getObject("proposed_at", OffsetDateTime.class)))
                .list();
    }

    private boolean isApproved(UUID organisationId, List<UUID> perimeters) {
        List<UUID> approved = jdbc.sql("select perimeter_id from organisation_coverage where organisation_id = :id")
                .param("id", organisationId)
                .query(UUID.class)
                .list();
        return new HashSet<>(approved).equals(new HashSet<>(perimeters));
    }

    private void apply(long changeId, UUID organisationId, List<UUID> perimeters) {
        jdbc.sql("delete from organisation_coverage where organisation_id = :id")
                .param("id", organisationId)
                .update();
        jdbc.sql(
                        """
                        insert into organisation_coverage (organisation_id, perimeter_id, change_id)
                        select :id, p, :change from unnest(:perimeters::uuid[]) p on conflict do nothing
                        """)
                .param("id", organisationId)
                .param("change", changeId)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .update();
    }
}
