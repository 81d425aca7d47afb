package fr.passerelle.events.internal;

import fr.passerelle.common.privacy.AddressData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's registrations to events and their survey answers, in their export. Erased: a registration to an event
 * still to come is cancelled first (its seat goes to the waitlist), then every one loses its name, address, answers
 * and words; its status and date stay for the events' figures.
 */
@Component
class RegistrationAddressData implements AddressData {

    private final JdbcClient jdbc;
    private final Registrations registrations;

    RegistrationAddressData(JdbcClient jdbc, Registrations registrations) {
        this.jdbc = jdbc;
        this.registrations = registrations;
    }

    @Override
    public String section() {
        return "inscriptions_aux_evenements";
    }

    @Override
    public List<Map<String, Object>> export(String email) {
        return jdbc.sql(
                        """
                        select e.title, e.starts_at, r.name, r.email, r.organisation, r.role, r.answers::text as answers,
                               r.status, r.created_at, s.satisfaction, s.useful, s.will_apply
                        from registration r join event e on e.id = r.event_id
                        left join survey_answer s on s.registration_id = r.id
                        where lower(r.email) = lower(:email) order by r.created_at
                        """)
                .param("email", email)
                .query((rs, row) -> {
                    Map<String, Object> registration = new LinkedHashMap<>();
                    registration.put("evenement", rs.getString("title"));
                    registration.put("le", String.valueOf(rs.getObject("starts_at")));
                    registration.put("nom", rs.getString("name"));
                    registration.put("e_mail", rs.getString("email"));
                    registration.put("structure", rs.getString("organisation"));
                    registration.put("fonction", rs.getString("role"));
                    registration.put("reponses", rs.getString("answers"));
                    registration.put("etat", rs.getString("status"));
                    registration.put("inscrit_le", String.valueOf(rs.getObject("created_at")));
                    registration.put("satisfaction", rs.getObject("satisfaction"));
                    registration.put("utile", rs.getString("useful"));
                    registration.put("a_appliquer", rs.getString("will_apply"));
                    return registration;
                })
                .list();
    }

    @Override
    public void erase(String email) {
        jdbc.sql(
                        """
                        select r.token from registration r join event e on e.id = r.event_id
                        where lower(r.email) = lower(:email) and e.starts_at > now()
                          and r.status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                        """)
                .param("email", email)
                .query(String.class)
                .list()
                .forEach(registrations::cancel);
        jdbc.sql(
                        """
                        update survey_answer set useful = null, will_apply = null
                        where registration_id in (select id from registration where lower(email) = lower(:email))
                        """)
                .param("email", email)
                .update();
        jdbc.sql(
                        """
                        update registration
                        set name = 'Anonyme', email = 'efface-' || id || '@invalid.invalid', role = null, answers = '{}',
                            organisation = case when organisation is null then null else '—' end,
                            source_address = null, token = 'efface-' || gen_random_uuid()
                        where lower(email) = lower(:email)
                        """)
                .param("email", email)
                .update();
    }
}
