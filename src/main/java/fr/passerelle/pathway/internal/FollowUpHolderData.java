package fr.passerelle.pathway.internal;

import fr.passerelle.intake.HolderData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the structures answered about a holder's projects after accompanying them, in their export; the comments
 * removed when the file is erased (where, when and how many jobs stay, without a name, for the network's figures).
 */
@Component
record FollowUpHolderData(FollowUpRepository followUps, JdbcClient jdbc) implements HolderData {
    @Override
    public String section() {
        return "suivis_apres_accompagnement";
    }

    @Override
    public List<Map<String, Object>> export(List<UUID> projectIds) {
        return followUps.ofProjects(projectIds).stream()
                .map(followUp -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("projet", followUp.projectId().toString());
                    row.put("question", followUp.milestone().code());
                    row.put("prevue_le", followUp.dueOn().toString());
                    row.put(
                            "reponse",
                            followUp.answer() == null ? null : followUp.answer().code());
                    row.put("repondu_le", Objects.toString(followUp.answeredAt(), null));
                    row.put("commune", followUp.communeCode());
                    row.put("installe_le", Objects.toString(followUp.installedOn(), null));
                    row.put("emplois", followUp.jobs());
                    row.put("commentaire", followUp.comment());
                    return row;
                })
                .toList();
    }

    @Override
    public void erase(List<UUID> projectIds) {
        jdbc.sql("update outcome_follow_up set comment = null where project_id = any(:projects::uuid[])")
                .param("projects", projectIds.toArray(UUID[]::new))
                .update();
    }
}
