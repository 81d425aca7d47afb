package fr.passerelle.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Entries a visitor of one entry may also want: acting on the same perimeters, of the same family
 * (organisations) or type (schemes), those sharing sectors and of the same kind first.
 */
@Repository
class RelatedEntries {

    private static final String ORGANISATIONS =
            """
            select r2.entry_id
            from organisation_reach r1
            join organisation_reach r2 on r2.perimeter_id = r1.perimeter_id and r2.entry_id <> r1.entry_id
            where r1.entry_id = :id and r2.family is not distinct from r1.family
            group by r2.entry_id, r2.sort_name
            order by bool_or(r2.kind = r1.kind and r2.sectors && r1.sectors) desc, bool_or(r2.sectors && r1.sectors) desc,
                     bool_or(r2.kind = r1.kind) desc, r2.sort_name, r2.entry_id
            limit :limit
            """;

    private static final String SCHEMES =
            """
            select r2.entry_id
            from scheme_reach r1
            join scheme_reach r2 on r2.perimeter_id = r1.perimeter_id and r2.entry_id <> r1.entry_id
                                and r2.organisation_id <> r1.organisation_id
            where r1.entry_id = :id and r2.type = r1.type
            group by r2.entry_id, r2.sort_name
            order by bool_or(r2.sectors && r1.sectors) desc, r2.sort_name, r2.entry_id
            limit :limit
            """;

    private final JdbcClient jdbc;

    RelatedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> organisations(UUID organisationId, int limit) {
        return ids(ORGANISATIONS, organisationId, limit);
    }

    List<UUID> schemes(UUID schemeId, int limit) {
        return ids(SCHEMES, schemeId, limit);
    }

    private List<UUID> ids(String sql, UUID id, int limit) {
        return jdbc.sql(sql)
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> rs.getObject("entry_id", UUID.class))
                .list();
    }
}
