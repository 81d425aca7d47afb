package fr.passerelle.people.internal;

import fr.passerelle.accounts.AccountUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The journal of looks at people's data: who looked at whose (an address's digest), what, when. */
@Repository
@RequiredArgsConstructor
class PeopleJournal {

    private final JdbcClient jdbc;

    void record(AccountUser user, String action, String address) {
        jdbc.sql(
                        """
                        insert into person_lookup (user_id, user_name, action, address_digest)
                        values (:user, :name, :action, :digest)
                        """)
                .param("user", user.id())
                .param("name", user.displayName())
                .param("action", action)
                .param("digest", digest(address))
                .update();
    }

    /** The looks at this address, newest first. */
    List<Lookup> of(String address) {
        return jdbc.sql(
                        """
                        select user_name, action, at from person_lookup where address_digest = :digest
                        order by at desc, id desc limit 50
                        """)
                .param("digest", digest(address))
                .query((rs, row) -> new Lookup(
                        rs.getString("user_name"), rs.getString("action"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    static String digest(String address) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
