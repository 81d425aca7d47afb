package fr.passerelle.pathway.internal;

import fr.passerelle.directory.Directory;
import fr.passerelle.intake.HolderData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    @Override
    public List<Map<String, Object>> export(List<UUID> projectIds) {
        return jdbc.sql(
                        """
                        select r.id, r.project_id, r.organisation_id, r.status, r.message, r.sent_at, r.sent_by_name,
                               r.answered_at, r.decline_reason, r.outcome, r.closed_at
                        from referral r
                        where r.project_id = any(:projects::uuid[])
                        order by r.sent_at
                        """)
                .param("projects", projectIds.toArray(UUID[]::new))
                .query((rs, row) -> {
                    Map<String, Object> referral = new LinkedHashMap<>();
                    referral.put("id", rs.getString("id"));
                    referral.put("projet", rs.getString("project_id"));
                    referral.put(
                            "structure",
                            directory
                                    .organisationName(rs.getObject("organisation_id", UUID.class))
                                    .orElse(null));
                    referral.put("etat", rs.getString("status"));
                    referral.put("message", rs.getString("message"));
                    referral.put("envoyee_le", String.valueOf(rs.getObject("sent_at")));
                    referral.put("envoyee_par", rs.getString("sent_by_name"));
                    referral.put("reponse_le", Objects.toString(rs.getObject("answered_at"), null));
                    referral.put("raison_du_refus", rs.getString("decline_reason"));
                    referral.put("issue", rs.getString("outcome"));
                    referral.put("close_le", Objects.toString(rs.getObject("closed_at"), null));
                    return referral;
                })
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
