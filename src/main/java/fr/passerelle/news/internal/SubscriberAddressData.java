package fr.passerelle.news.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newsletter subscriptions of an address, in its export; gone with the erasure, so no letter goes out any more. */
@Component
class SubscriberAddressData extends AddressRows {

    SubscriberAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "lettre_information",
                """
                select email as e_mail, created_at as demandee_le, confirmed_at as confirmee_le,
                       unsubscribed_at as desabonnee_le,
                       (select count(*) from news_delivery d where d.subscriber_id = s.id) as lettres_recues
                from news_subscriber s where lower(email) = lower(:email) order by created_at
                """,
                "delete from news_subscriber where lower(email) = lower(:email)");
    }
}
