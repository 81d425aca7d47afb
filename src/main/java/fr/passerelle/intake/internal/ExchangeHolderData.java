package fr.passerelle.intake.internal;

import fr.passerelle.common.privacy.ExportRow;
import fr.passerelle.intake.HolderData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A holder's cards in the project exchange and the interests they drew, in their export; gone with their file. */
@Component
record ExchangeHolderData(JdbcClient jdbc) implements HolderData {
    @Override
    public String section() {
        return "bourse_aux_projets";
    }

    @Override
    public List<Map<String, Object>> export(List<UUID> projectIds) {
        return jdbc.sql(
                        """
                        select c.project_id as projet, c.summary as fiche, c.looking_for as recherche,
                               c.areas as territoires, c.published_at as publiee_le, c.withdrawn_at as retiree_le,
                               coalesce(json_agg(json_build_object('message', i.message, 'le', i.created_at,
                                                                   'reponse', i.answer))
                                        filter (where i.id is not null), '[]') as marques_d_interet
                        from project_card c left join card_interest i on i.card_id = c.id
                        where c.project_id = any(:projects::uuid[])
                        group by c.id
                        """)
                .param("projects", projectIds.toArray(UUID[]::new))
                .query(ExportRow.BY_LABEL)
                .list();
    }

    @Override
    public void erase(List<UUID> projectIds) {
        jdbc.sql("delete from project_card where project_id = any(:projects::uuid[])")
                .param("projects", projectIds.toArray(UUID[]::new))
                .update();
    }
}
