package fr.passerelle.groups.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's requests to join working groups and their memberships, in their export; gone with the erasure. */
@Component
class MemberAddressData implements AddressData {

    private final JdbcClient jdbc;

    MemberAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "groupes_de_travail";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select g.name as group_name, m.name, m.email, m.organisation, m.role, m.motivation, m.status,
                               m.requested_at, m.decided_at
                        from group_member m join working_group g on g.id = m.group_id
                        where lower(m.email) = lower(:email) order by m.requested_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("groupe", rs.getString("group_name"));
                    member.put("nom", rs.getString("name"));
                    member.put("e_mail", rs.getString("email"));
                    member.put("structure", rs.getString("organisation"));
                    member.put("fonction", rs.getString("role"));
                    member.put("motivation", rs.getString("motivation"));
                    member.put("etat", rs.getString("status"));
                    member.put("demande_le", String.valueOf(rs.getObject("requested_at")));
                    member.put("decide_le", Objects.toString(rs.getObject("decided_at"), null));
                    return member;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql("delete from group_member where lower(email) = lower(:email)")
                .param("email", email)
                .update();
    }
}
