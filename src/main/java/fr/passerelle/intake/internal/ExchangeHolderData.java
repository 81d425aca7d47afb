package fr.passerelle.intake.internal;

import fr.passerelle.intake.HolderData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                        select c.project_id, c.summary, c.looking_for, c.areas, c.published_at, c.withdrawn_at,
                               coalesce(json_agg(json_build_object('message', i.message, 'le', i.created_at,
                                                                   'reponse', i.answer))
                                        filter (where i.id is not null), '[]') as interests
                        from project_card c left join card_interest i on i.card_id = c.id
                        where c.project_id = any(:projects::uuid[])
                        group by c.id
                        """)
                .param("projects", projectIds.toArray(UUID[]::new))
                .query((rs, row) -> {
                    Map<String, Object> card = new LinkedHashMap<>();
                    card.put("projet", rs.getString("project_id"));
                    card.put("fiche", rs.getString("summary"));
                    card.put("recherche", rs.getString("looking_for"));
                    card.put("territoires", rs.getString("areas"));
                    card.put("publiee_le", String.valueOf(rs.getObject("published_at")));
                    card.put("retiree_le", Objects.toString(rs.getObject("withdrawn_at"), null));
                    card.put("marques_d_interet", rs.getString("interests"));
                    return card;
                })
                .list();
    }

    @Override
    public void erase(List<UUID> projectIds) {
        jdbc.sql("delete from project_card where project_id = any(:projects::uuid[])")
                .param("projects", projectIds.toArray(UUID[]::new))
                .update();
    }
}
