package fr.passerelle.directory.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person gave the directory under their address: the entries they proposed and the errors they reported, in
 * their export. Erased: the entries and reports stay (they are the directory's), without the address.
 */
@Component
class ContributionAddressData implements AddressData {

    private final JdbcClient jdbc;

    ContributionAddressData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "contributions_a_l_annuaire";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select 'proposition' as kind, name as text, created_at from organisation
                        where lower(proposed_by) = lower(:email)
                        union all
                        select 'proposition', name, created_at from scheme where lower(proposed_by) = lower(:email)
                        union all
                        select 'signalement', message, created_at from entry_report
                        where lower(reporter_email) = lower(:email)
                        order by 3
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> contribution = new LinkedHashMap<>();
                    contribution.put("nature", rs.getString("kind"));
                    contribution.put("texte", rs.getString("text"));
                    contribution.put("le", String.valueOf(rs.getObject("created_at")));
                    return contribution;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        for (String table : List.of("organisation", "scheme", "coverage_change")) {
            jdbc.sql("update " + table + " set proposed_by = null where lower(proposed_by) = lower(:email)")
                    .param("email", email)
                    .update();
        }
        jdbc.sql("update entry_report set reporter_email = null where lower(reporter_email) = lower(:email)")
                .param("email", email)
                .update();
        jdbc.sql("delete from stale_digest_sent where lower(email) = lower(:email)")
                .param("email", email)
                .update();
    }
}
