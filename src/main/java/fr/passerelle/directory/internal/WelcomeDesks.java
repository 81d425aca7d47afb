package fr.passerelle.directory.internal;

import fr.passerelle.directory.WelcomeDesk;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which published organisations are welcome desks, and for which perimeters. */
@Repository
@RequiredArgsConstructor
public class WelcomeDesks {

    private final JdbcClient jdbc;

    /** The desk of the first perimeter in that list that has one (the list goes from the most local). */
    public Optional<WelcomeDesk> first(List<UUID> perimetersMostLocalFirst) {
        return jdbc.sql(
                        """
                        select w.organisation_id, o.name, w.perimeter_id
                        from unnest(:perimeters::uuid[]) with ordinality as p (id, rank)
                        join welcome_desk w on w.perimeter_id = p.id
                        join organisation o on o.id = w.organisation_id and o.status = 'published'
                        order by p.rank, o.name
                        limit 1
                        """)
                .param("perimeters", perimetersMostLocalFirst.toArray(UUID[]::new))
                .query(WelcomeDesk.class)
                .optional();
    }

    /** The perimeters an organisation is the welcome desk of. */
    /** The organisations that are the welcome desk of one of these perimeters. */
    public List<UUID> of(java.util.Collection<UUID> perimeters) {
        return jdbc.sql("select distinct organisation_id from welcome_desk where perimeter_id = any(:perimeters)")
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    public List<UUID> perimetersOf(UUID organisationId) {
        return jdbc.sql("select perimeter_id from welcome_desk where organisation_id = :id")
                .param("id", organisationId)
                .query(UUID.class)
                .list();
    }

    public void set(UUID organisationId, List<UUID> perimeters) {
        jdbc.sql("delete from welcome_desk where organisation_id = :id")
                .param("id", organisationId)
                .update();
        jdbc.sql("insert into welcome_desk select :id, p from unnest(:perimeters::uuid[]) p on conflict do nothing")
                .param("id", organisationId)
                .param("perimeters", perimeters.toArray(UUID[]::new))
                .update();
    }
}
