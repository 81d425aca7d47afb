package fr.passerelle.directory.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What organisations and schemes share in the database: an entry moved from one status to another in one statement. */
final class EntryStatusChange {

    private EntryStatusChange() {}

    /**
     * Moves an entry of the table ({@code organisation} or {@code scheme}) from one status to another; its name and
     * proposer when it was in the first, empty when another moderator moved it already.
     */
    static Optional<ProposalModerated.Proposal> move(
            JdbcClient jdbc, String table, UUID id, EntryStatus from, EntryStatus to) {
        return jdbc.sql("update " + table + " set status = :to, updated_at = now(),"
                        + " last_verified_on = case when :to = 'published' then current_date else last_verified_on end"
                        + " where id = :id and status = :from returning name, proposed_by")
                .param("id", id)
                .param("from", from.code())
                .param("to", to.code())
                .query(ProposalModerated.Proposal.class)
                .optional();
    }
}
