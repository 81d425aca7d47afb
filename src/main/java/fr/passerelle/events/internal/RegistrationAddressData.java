package fr.passerelle.events.internal;

import fr.passerelle.common.privacy.AddressRows;
import fr.passerelle.common.privacy.PersonScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's registrations to events and their survey answers, in their export. Erased: a registration to an event
 * still to come is cancelled first (its seat goes to the waitlist), then every one loses its name, address, answers
 * and words; its status and date stay for the events' figures. A registration belongs to its event's network.
 */
@Component
class RegistrationAddressData extends AddressRows {

    /** A registration belongs to its event's network. */
    private static final String IN_SCOPE = PersonScope.networkIs("e.network_id");

    private final JdbcClient jdbc;
    private final Registrations registrations;

    RegistrationAddressData(JdbcClient jdbc, Registrations registrations) {
        super(
                jdbc,
                "inscriptions_aux_evenements",
                """
                select e.title as evenement, e.starts_at as le, r.name as nom, r.email as e_mail,
                       r.organisation as structure, r.role as fonction, r.answers::text as reponses, r.status as etat,
                       r.created_at as inscrit_le, s.satisfaction, s.useful as utile, s.will_apply as a_appliquer
                from registration r join event e on e.id = r.event_id
                left join survey_answer s on s.registration_id = r.id
                where lower(r.email) = lower(:email) and %s
                order by r.created_at
                """
                        .formatted(IN_SCOPE),
                """
                update survey_answer set useful = null, will_apply = null
                where registration_id in (select r.id from registration r join event e on e.id = r.event_id
                                          where lower(r.email) = lower(:email) and %s)
                """
                        .formatted(IN_SCOPE),
                """
                update registration r
                set name = 'Anonyme', email = 'efface-' || r.id || '@invalid.invalid', role = null, answers = '{}',
                    organisation = case when r.organisation is null then null else '—' end,
                    source_address = null, token = 'efface-' || gen_random_uuid()
                from event e
                where e.id = r.event_id and lower(r.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
        keptByNetwork();
        this.jdbc = jdbc;
        this.registrations = registrations;
        historyFrom(
                """
                select r.created_at as le, 'inscription' as nature, e.title as sujet, r.status as etat,
                       '/agenda/' || e.id || '/participants' as lien
                from registration r join event e on e.id = r.event_id
                where lower(r.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
    }

    /**
     * Cancels the registrations within the scope to events still to come (their seats go to the waitlist), then erases
     * them all.
     */
    @Override
    public void erase(String email, PersonScope scope) {
        jdbc.sql(
                        """
                        select r.token from registration r join event e on e.id = r.event_id
                        where lower(r.email) = lower(:email) and e.starts_at > now()
                          and r.status in ('held', 'confirmed', 'waitlisted', 'pending_approval')
                          and %s
                          """
                                .formatted(IN_SCOPE))
                .param("email", email)
                .param("network", scope.network())
                .query(String.class)
                .list()
                .forEach(registrations::cancel);
        super.erase(email, scope);
    }
}
