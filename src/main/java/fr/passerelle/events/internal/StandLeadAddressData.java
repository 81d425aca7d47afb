package fr.passerelle.events.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts a person left at a shared stand, in their export. Erased: the name, address, phone, interests and
 * the territories' notes go; the lead stays as a count with its territories, and the log of who read it stays, as
 * the law requires.
 */
@Component
class StandLeadAddressData implements AddressData {

    private final JdbcClient jdbc;

    StandLeadAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "contacts_laisses_sur_un_stand";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select e.title, l.name, l.email, l.phone, l.interests, l.areas, l.created_at
                        from stand_lead l join event e on e.id = l.event_id
                        where lower(l.email) = lower(:email) order by l.created_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> lead = new LinkedHashMap<>();
                    lead.put("stand", rs.getString("title"));
                    lead.put("nom", rs.getString("name"));
                    lead.put("e_mail", rs.getString("email"));
                    lead.put("telephone", rs.getString("phone"));
                    lead.put("interets", rs.getString("interests"));
                    lead.put("territoires", rs.getString("areas"));
                    lead.put("laisse_le", String.valueOf(rs.getObject("created_at")));
                    return lead;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql(
                        """
                        update lead_route set note = null
                        where lead_id in (select id from stand_lead where lower(email) = lower(:email))
                        """)
                .param("email", email)
                .update();
        jdbc.sql(
                        """
                        update stand_lead set name = null, email = null, phone = null, interests = null
                        where lower(email) = lower(:email)
                        """)
                .param("email", email)
                .update();
    }
}
