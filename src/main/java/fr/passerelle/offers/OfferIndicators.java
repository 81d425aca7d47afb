package fr.passerelle.offers;

import java.time.OffsetDateTime;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offers' figures for the reports: how many were published over a period. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfferIndicators {

    private final JdbcClient jdbc;

    /** The offers first published between {@code from} (included) and {@code to} (excluded), whatever became of them since. */
    public int published(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("select count(*) from offer where published_at >= :from and published_at < :to")
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }

    /** The offers first published over a period in a commune of these départements (three digits overseas). */
    public int publishedIn(OffsetDateTime from, OffsetDateTime to, java.util.List<String> departements) {
        return jdbc.sql(
                        """
                        select count(*) from offer
                        where published_at >= :from and published_at < :to
                          and (case when commune_code like '97%' then left(commune_code, 3)
                                    else left(commune_code, 2) end) = any(:departements)
                        """)
                .param("from", from)
                .param("to", to)
                .param("departements", departements.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }

    /** The offers first published over a period in one of these communes; all of them when {@code communes} is null. */
    public int published(OffsetDateTime from, OffsetDateTime to, java.util.List<String> communes) {
        if (communes == null) {
            return published(from, to);
        }
        return jdbc.sql(
                        """
                        select count(*) from offer
                        where published_at >= :from and published_at < :to and commune_code = any(:communes)
                        """)
                .param("from", from)
                .param("to", to)
                .param("communes", communes.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }
}
