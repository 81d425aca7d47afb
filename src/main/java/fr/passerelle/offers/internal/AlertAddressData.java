package fr.passerelle.offers.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The offer alerts a person asked for, in their export; gone with the erasure, so no digest goes out any more. */
@Component
class AlertAddressData extends AddressRows {

    AlertAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "alertes_offres",
                """
                select email as e_mail, query as recherche, frequency as frequence, created_at as demandee_le,
                       confirmed_at as confirmee_le, unsubscribed_at as desabonnee_le
                from offer_alert where lower(email) = lower(:email) order by created_at
                """,
                "delete from offer_alert where lower(email) = lower(:email)");
        historyFrom(
                """
                select created_at as le, 'alerte_offres' as nature, query as sujet,
                       case when unsubscribed_at is not null then 'desabonnee'
                            when confirmed_at is null then 'a_confirmer' else 'active' end as etat,
                       '/offres?' || query as lien
                from offer_alert where lower(email) = lower(:email)
                """);
    }
}
