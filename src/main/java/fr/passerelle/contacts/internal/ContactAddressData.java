package fr.passerelle.contacts.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The thematic contacts that name a person by their address, in their export; erased, they go: a page then names
 * no one for that subject until its editors name someone else.
 */
@Component
class ContactAddressData extends AddressRows {

    ContactAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "contacts_thematiques",
                """
                select holder_kind as rattache_a, subject as sujet, name as nom, function as fonction,
                       email as e_mail, case when phone is null then null else '0' || phone end as telephone,
                       created_at as nomme_le
                from thematic_contact where lower(email) = lower(:email) order by created_at
                """,
                "delete from thematic_contact where lower(email) = lower(:email)");
    }
}
