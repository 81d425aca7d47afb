package fr.passerelle.common.privacy;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links e-mailed to the address and the throttle's counts kept under it (an address's requests within the
 * hour), in the export; gone with the erasure.
 */
@Component
class CommonAddressData extends AddressRows {

    private final JdbcClient jdbc;

    CommonAddressData(JdbcClient jdbc) {
        super(
                jdbc,
                "liens_envoyes_par_e_mail",
                """
                select purpose as objet, actor_name as au_nom_de, created_at as envoye_le,
                       expires_at as valable_jusqu_au, last_used_at as utilise_le
                from emailed_link where lower(email) = lower(:email) order by created_at
                """,
                "delete from emailed_link where lower(email) = lower(:email)");
        this.jdbc = jdbc;
    }

    /** The links, then the throttle's counts under the address, alone or followed by what it counted. */
    @Override
    public void erase(String email) {
        super.erase(email);
        String subject = email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("delete from throttle_window where lower(subject) = :subject or lower(subject) like :prefix")
                .param("subject", subject)
                .param(
                        "prefix",
                        subject.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %")
                .update();
    }
}
