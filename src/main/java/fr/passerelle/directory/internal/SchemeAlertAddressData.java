package fr.passerelle.directory.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scheme alerts a person asked for, in their export; gone with the erasure, so no digest goes out any more. */
@Component
class SchemeAlertAddressData extends AddressRows {

    SchemeAlertAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "alertes_dispositifs",
                """
                select email as e_mail, commune_code as commune, departement_code as departement,
                       project_kind as type_de_projet, sector as secteur, created_at as demandee_le,
                       confirmed_at as confirmee_le, unsubscribed_at as desabonnee_le
                from scheme_alert where lower(email) = lower(:email) order by created_at
                """,
                "delete from scheme_alert where lower(email) = lower(:email)");
    }
}
