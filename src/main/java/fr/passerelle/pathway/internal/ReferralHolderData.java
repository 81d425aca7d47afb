package fr.passerelle.pathway.internal;

import fr.passerelle.common.privacy.ExportRow;
import fr.passerelle.common.privacy.HistoryItem;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.HolderData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A holder's referrals and their timeline, in their export; their free texts removed when the file is erased. */
@Component
record ReferralHolderData(JdbcClient jdbc, Directory directory) implements HolderData {
    @Override
    public String section() {
        return "mises_en_relation";
    }

    /** The referrals, each structure named as the directory names it. */
    @Override
    public List<Map<String, Object>> export(List<UUID> projectIds) {
        List<Map<String, Object>> referrals = jdbc.sql(
                        """
                        select r.id, r.project_id as projet, r.organisation_id as structure, r.status as etat,
                               r.message, r.sent_at as envoyee_le, r.sent_by_name as envoyee_par,
                               r.answered_at as reponse_le, r.decline_reason as raison_du_refus, r.outcome as issue,
                               r.closed_at as close_le
                        from referral r
                        where r.project_id = any(:projects::uuid[])
                        order by r.sent_at
                        """)
                .param("projects", projectIds.toArray(UUID[]::new))
                .query(ExportRow.BY_LABEL)
                .list();
        referrals.forEach(referral -> referral.put(
                "structure",
                directory
                        .organisationName(UUID.fromString((String) referral.get("structure")))
                        .orElse(null)));
        return referrals;
    }

    /** The referrals, each with the structure it went to and its state; the project's page shows it. */
    @Override
    public List<HistoryItem> history(List<UUID> projectIds) {
        return jdbc.sql(
                        """
                        select sent_at, organisation_id, status, project_id from referral
                        where project_id = any(:projects::uuid[]) order by sent_at
                        """)
                .param("projects", projectIds.toArray(UUID[]::new))
                .query((rs, row) -> new HistoryItem(
                        rs.getObject("sent_at", java.time.OffsetDateTime.class),
                        "mise_en_relation",
                        directory
                                .organisationName(rs.getObject("organisation_id", UUID.class))
                                .orElse(null),
                        rs.getString("status"),
                        "/parcours/projets/" + rs.getObject("project_id", UUID.class)))
                .list();
    }

    @Override
    public void erase(List<UUID> projectIds) {
        UUID[] projects = projectIds.toArray(UUID[]::new);
        jdbc.sql(
                        "update referral set message = '—', decline_reason = case when decline_reason is null then null else '—' end"
                                + " where project_id = any(:projects::uuid[])")
                .param("projects", projects)
                .update();
        jdbc.sql("update timeline_event set detail = null where project_id = any(:projects::uuid[])"
                        + " and kind in ('referral_question', 'referral_declined', 'note')")
                .param("projects", projects)
                .update();
    }
}
