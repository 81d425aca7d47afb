package fr.passerelle.groups.internal;

import fr.passerelle.common.privacy.AddressRows;
import fr.passerelle.common.privacy.PersonScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's requests to join working groups and their memberships, in their export; gone with the erasure. */
@Component
class MemberAddressData extends AddressRows {

    /** A request to join belongs to the group's network. */
    private static final String IN_SCOPE = PersonScope.networkIs("g.network_id");

    MemberAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "groupes_de_travail",
                """
                select g.name as groupe, m.name as nom, m.email as e_mail, m.organisation as structure,
                       m.role as fonction, m.motivation, m.status as etat, m.requested_at as demande_le,
                       m.decided_at as decide_le
                from group_member m join working_group g on g.id = m.group_id
                where lower(m.email) = lower(:email) and %s
                order by m.requested_at
                """
                        .formatted(IN_SCOPE),
                """
                delete from group_member m using working_group g
                where g.id = m.group_id and lower(m.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
        keptByNetwork();
        historyFrom(
                """
                select m.requested_at as le, 'groupe' as nature, g.name as sujet, m.status as etat,
                       '/groupes/' || g.slug || '/membres' as lien
                from group_member m join working_group g on g.id = m.group_id
                where lower(m.email) = lower(:email) and %s
                """
                        .formatted(IN_SCOPE));
    }
}
