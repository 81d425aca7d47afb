package fr.passerelle.common.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links e-mailed to the address and the throttle's counts kept under it (an address's requests within the
 * hour), in the export; gone with the erasure.
 */
@Component
class CommonAddressData implements AddressData {

    private final JdbcClient jdbc;

    CommonAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "liens_envoyes_par_e_mail";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select purpose, actor_name, created_at, expires_at, last_used_at from emailed_link
                        where lower(email) = lower(:email) order by created_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("objet", rs.getString("purpose"));
                    link.put("au_nom_de", rs.getString("actor_name"));
                    link.put("envoye_le", String.valueOf(rs.getObject("created_at")));
                    link.put("valable_jusqu_au", String.valueOf(rs.getObject("expires_at")));
                    link.put("utilise_le", Objects.toString(rs.getObject("last_used_at"), null));
                    return link;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql("delete from emailed_link where lower(email) = lower(:email)")
                .param("email", email)
                .update();
        String subject = email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("delete from throttle_window where lower(subject) = :subject or lower(subject) like :prefix")
                .param("subject", subject)
                .param(
                        "prefix",
                        subject.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %")
                .update();
    }
}
