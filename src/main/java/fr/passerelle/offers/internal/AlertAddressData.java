package fr.passerelle.offers.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The offer alerts a person asked for, in their export; gone with the erasure, so no digest goes out any more. */
@Component
class AlertAddressData implements AddressData {

    private final JdbcClient jdbc;

    AlertAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "alertes_offres";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select email, query, frequency, created_at, confirmed_at, unsubscribed_at from offer_alert
                        where lower(email) = lower(:email) order by created_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> alert = new LinkedHashMap<>();
                    alert.put("e_mail", rs.getString("email"));
                    alert.put("recherche", rs.getString("query"));
                    alert.put("frequence", rs.getString("frequency"));
                    alert.put("demandee_le", String.valueOf(rs.getObject("created_at")));
                    alert.put("confirmee_le", Objects.toString(rs.getObject("confirmed_at"), null));
                    alert.put("desabonnee_le", Objects.toString(rs.getObject("unsubscribed_at"), null));
                    return alert;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql("delete from offer_alert where lower(email) = lower(:email)")
                .param("email", email)
                .update();
    }
}
