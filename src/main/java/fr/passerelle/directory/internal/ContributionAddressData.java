package fr.passerelle.directory.internal;

import fr.passerelle.common.privacy.AddressRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person gave the directory under their address: the entries they proposed and the errors they reported, in
 * their export. Erased: the entries and reports stay (they are the directory's), without the address.
 */
@Component
class ContributionAddressData extends AddressRows {

    ContributionAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "contributions_a_l_annuaire",
                """
                select 'proposition' as nature, name as texte, created_at as le from organisation
                where lower(proposed_by) = lower(:email)
                union all
                select 'proposition', name, created_at from scheme where lower(proposed_by) = lower(:email)
                union all
                select 'signalement', message, created_at from entry_report
                where lower(reporter_email) = lower(:email)
                order by 3
                """,
                "update organisation set proposed_by = null where lower(proposed_by) = lower(:email)",
                "update scheme set proposed_by = null where lower(proposed_by) = lower(:email)",
                "update coverage_change set proposed_by = null where lower(proposed_by) = lower(:email)",
                "update entry_report set reporter_email = null where lower(reporter_email) = lower(:email)",
                "delete from stale_digest_sent where lower(email) = lower(:email)");
        historyFrom(
                """
                select created_at as le, 'proposition' as nature, name as sujet, status as etat,
                       '/annuaire/structures/' || id as lien
                from organisation where lower(proposed_by) = lower(:email)
                union all
                select created_at, 'proposition', name, status, '/annuaire/dispositifs/' || id
                from scheme where lower(proposed_by) = lower(:email)
                union all
                select r.created_at, 'signalement', o.name, null, '/annuaire/structures/' || o.id
                from entry_report r join organisation o on o.id = r.organisation_id
                where lower(r.reporter_email) = lower(:email)
                """);
    }
}
