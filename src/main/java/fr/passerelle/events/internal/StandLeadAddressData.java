package fr.passerelle.events.internal;

import fr.passerelle.common.privacy.AddressRows;
import fr.passerelle.common.privacy.PersonScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts a person left at a shared stand, in their export. Erased: the name, address, phone, interests and
 * the territories' notes go; the lead stays as a count with its territories, and the log of who read it stays, as
 * the law requires.
 */
@Component
class StandLeadAddressData extends AddressRows {

    /** A contact left at a stand belongs to the network of the stand's event. */
    private static final String IN_SCOPE = PersonScope.networkIs("e.network_id");

    StandLeadAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "contacts_laisses_sur_un_stand",
                """
                select e.title as stand, l.name as nom, l.email as e_mail, l.phone as telephone,
                       l.interests as interets, l.areas as territoires, l.created_at as laisse_le
                from stand_lead l join event e on e.id = l.event_id
                where lower(l.email) = lower(:email) and %s
                order by l.created_at
                """
                        .formatted(IN_SCOPE),
                """
                update lead_route set note = null
                where lead_id in (select l.id from stand_lead l join event e on e.id = l.event_id
                                  where lower(l.email) = lower(:email) and %s)
                """
                        .formatted(IN_SCOPE),
                """
                update stand_lead l set name = null, email = null, phone = null, interests = null
                from event e
                where e.id = l.event_id and lower(l.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
        keptByNetwork();
        historyFrom(
                """
                select l.created_at as le, 'contact_stand' as nature, e.title as sujet, null as etat,
                       '/agenda/' || e.id || '/stand' as lien
                from stand_lead l join event e on e.id = l.event_id
                where lower(l.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
    }
}
