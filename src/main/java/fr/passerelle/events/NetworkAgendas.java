package fr.passerelle.events;

import fr.passerelle.common.MonthRange;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events each regional network held over some months, with their registrations and attendance. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NetworkAgendas {

    /** A network's events held, the people registered (not cancelled) and those who came. */
    public record Held(int events, int registered, int attended) {

        public static final Held NONE = new Held(0, 0, 0);
    }

    private final JdbcClient jdbc;

    /** The events held (published, started) over these months, by network; a network with none is absent. */
    public Map<UUID, Held> heldByNetwork(MonthRange range) {
        Map<UUID, Held> held = new HashMap<>();
        jdbc.sql(
                        """
                        select e.network_id, count(*) as events, coalesce(sum(r.registered), 0) as registered,
                               coalesce(sum(r.attended), 0) as attended
                        from event e left join event_registration_tally r on r.event_id = e.id
                        where e.status = 'published' and e.starts_at >= :from and e.starts_at < :to
                          and e.starts_at <= now()
                        group by e.network_id
                        """)
                .param("from", range.from())
                .param("to", range.to())
                .query(rs -> {
                    held.put(
                            rs.getObject("network_id", UUID.class),
                            new Held(rs.getInt("events"), rs.getInt("registered"), rs.getInt("attended")));
                });
        return held;
    }
}
