package fr.passerelle.directory.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's requests to join a structure's entry, in their export; gone with the erasure. */
@Component
class ClaimAddressData extends AddressRows {

    ClaimAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "demandes_pour_rejoindre_une_structure",
                """
                select o.name as structure, c.name as nom, c.email as e_mail, c.job_title as fonction, c.siret,
                       c.message, c.status as etat, c.created_at as demande_le, c.decided_at as decide_le,
                       c.refusal_reason as raison_du_refus
                from organisation_claim c join organisation o on o.id = c.organisation_id
                where lower(c.email) = lower(:email) order by c.created_at
                """,
                "delete from organisation_claim where lower(email) = lower(:email)");
        historyFrom(
                """
                select c.created_at as le, 'demande_structure' as nature, o.name as sujet, c.status as etat,
                       '/annuaire/structures/' || o.id as lien
                from organisation_claim c join organisation o on o.id = c.organisation_id
                where lower(c.email) = lower(:email)
                """);
    }
}
