package fr.passerelle.directory.internal;

import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Entries a visitor of one entry may also want: acting on the same perimeters, of the same family
 * (organisations) or type (schemes); those sharing a sector first, then the others, each in name
 * order.
 */
@Repository
@RequiredArgsConstructor
public class RelatedEntries {

    // Per perimeter of the entry, the first few of each tier in name order, read from the listing
    // index: a national organisation shares its perimeter with thousands of others.
    private static final String ORGANISATIONS =
            """
            with mine as (select perimeter_id, family, sectors from organisation_reach where entry_id = :id),
            candidates as (
                select r.entry_id, r.sort_name, case when r.sectors && m.sectors then 0 else 1 end as tier
                from mine m cross join lateral (
                    (select * from organisation_reach r where r.perimeter_id = m.perimeter_id and r.entry_id <> :id
                        and r.family is not distinct from m.family and r.sectors && m.sectors
                     order by r.sort_name, r.entry_id limit :limit)
                    union all
                    (select * from organisation_reach r where r.perimeter_id = m.perimeter_id and r.entry_id <> :id
                        and r.family is not distinct from m.family
                     order by r.sort_name, r.entry_id limit :limit)) r)
            select entry_id from candidates
            group by entry_id order by min(tier), min(sort_name), entry_id limit :limit
            """;

    private static final String SCHEMES =
            """
            with mine as (select perimeter_id, organisation_id, type, sectors from scheme_reach where entry_id = :id),
            candidates as (
                select r.entry_id, r.sort_name, case when r.sectors && m.sectors then 0 else 1 end as tier
                from mine m cross join lateral (
                    (select * from scheme_reach r where r.perimeter_id = m.perimeter_id
                        and r.organisation_id <> m.organisation_id and r.type = m.type and r.sectors && m.sectors
                     order by r.sort_name, r.entry_id limit :limit)
                    union all
                    (select * from scheme_reach r where r.perimeter_id = m.perimeter_id
                        and r.organisation_id <> m.organisation_id and r.type = m.type
                     order by r.sort_name, r.entry_id limit :limit)) r)
            select entry_id from candidates
            group by entry_id order by min(tier), min(sort_name), entry_id limit :limit
            """;

    private final JdbcClient jdbc;

    public List<UUID> organisations(UUID organisationId, int limit) {
        return ids(ORGANISATIONS, organisationId, limit);
    }

    public List<UUID> schemes(UUID schemeId, int limit) {
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
