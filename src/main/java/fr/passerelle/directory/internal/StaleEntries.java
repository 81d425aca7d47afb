package fr.passerelle.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published entries whose last verification is older than the quality score's full six months. */
@Repository
@RequiredArgsConstructor
public class StaleEntries {

    private static final String STALE =
            """
            select o.id as organisation_id, null::uuid as scheme_id, o.name, o.last_verified_on
            from organisation o
            where o.status = 'published' and o.last_verified_on < :before
            union all
            select s.organisation_id, s.id, s.name, s.last_verified_on
            from scheme s join organisation o on o.id = s.organisation_id
            where s.status = 'published' and o.status = 'published' and s.last_verified_on < :before
            order by last_verified_on, name
            """;

    private final JdbcClient jdbc;

    List<StaleEntry> verifiedBefore(LocalDate before) {
        return jdbc.sql(STALE).param("before", before).query(StaleEntry.class).list();
    }

    /** Takes the recipient's digest of this month; false when it was already sent (by any instance). */
    boolean claim(String period, String email, int entries) {
        return jdbc.sql("insert into stale_digest_sent (period, email, entries) values (:period, :email, :entries)"
                                + " on conflict do nothing")
                        .param("period", period)
                        .param("email", email)
                        .param("entries", entries)
                        .update()
                > 0;
    }

    /** Gives the digest back when it could not be sent, so that the next run tries again. */
    void release(String period, String email) {
        jdbc.sql("delete from stale_digest_sent where period = :period and email = :email")
                .param("period", period)
                .param("email", email)
                .update();
    }

    /** Marks an organisation and its published schemes as checked today. */
    public void verified(UUID organisationId) {
        jdbc.sql("update organisation set last_verified_on = current_date, updated_at = now() where id = :id")
                .param("id", organisationId)
                .update();
        jdbc.sql("update scheme set last_verified_on = current_date, updated_at = now()"
                        + " where organisation_id = :id and status = 'published'")
                .param("id", organisationId)
                .update();
    }
}
