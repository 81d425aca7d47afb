package fr.passerelle.directory.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's requests to join a structure's entry, in their export; gone with the erasure. */
@Component
class ClaimAddressData implements AddressData {

    private final JdbcClient jdbc;

    ClaimAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "demandes_pour_rejoindre_une_structure";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select o.name as organisation, c.name, c.email, c.job_title, c.siret, c.message, c.status,
                               c.created_at, c.decided_at, c.refusal_reason
                        from organisation_claim c join organisation o on o.id = c.organisation_id
                        where lower(c.email) = lower(:email) order by c.created_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> claim = new LinkedHashMap<>();
                    claim.put("structure", rs.getString("organisation"));
                    claim.put("nom", rs.getString("name"));
                    claim.put("e_mail", rs.getString("email"));
                    claim.put("fonction", rs.getString("job_title"));
                    claim.put("siret", rs.getString("siret"));
                    claim.put("message", rs.getString("message"));
                    claim.put("etat", rs.getString("status"));
                    claim.put("demande_le", String.valueOf(rs.getObject("created_at")));
                    claim.put("decide_le", Objects.toString(rs.getObject("decided_at"), null));
                    claim.put("raison_du_refus", rs.getString("refusal_reason"));
                    return claim;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql("delete from organisation_claim where lower(email) = lower(:email)")
                .param("email", email)
                .update();
    }
}
