package fr.passerelle.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class EntryReports {

    private final JdbcClient jdbc;

    public long open(UUID organisationId, UUID schemeId, String message, String reporterEmail) {
        return jdbc.sql("insert into entry_report (organisation_id, scheme_id, message, reporter_email)"
                        + " values (:organisation, :scheme, :message, :email) returning id")
                .param("organisation", organisationId)
                .param("scheme", schemeId)
                .param("message", message.strip())
                .param("email", fr.passerelle.common.Texts.blankToNull(reporterEmail))
                .query(Long.class)
                .single();
    }

    public List<EntryReport> openReports() {
        return jdbc.sql(
                        """
                        select r.id, r.organisation_id, o.name as organisation_name, r.scheme_id, s.name as scheme_name,
                               r.message, r.reporter_email, r.created_at
                        from entry_report r join organisation o on o.id = r.organisation_id
                        left join scheme s on s.id = r.scheme_id
                        where r.closed_at is null order by r.created_at
                        """)
                .query(EntryReport.class)
                .list();
    }

    /** The organisation an error was reported on; empty when there is no such report. */
    public Optional<UUID> organisationOf(long id) {
        return jdbc.sql("select organisation_id from entry_report where id = :id")
                .param("id", id)
                .query(UUID.class)
                .optional();
    }

    public void close(long id, String closedBy) {
        jdbc.sql("update entry_report set closed_at = now(), closed_by = :by where id = :id and closed_at is null")
                .param("id", id)
                .param("by", closedBy)
                .update();
    }
}
