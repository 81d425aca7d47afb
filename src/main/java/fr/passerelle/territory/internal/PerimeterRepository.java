package fr.passerelle.territory.internal;

import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterChanged;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.PerimeterMember;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.UnknownTerritoryException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class PerimeterRepository {

    // The commune's own official territories, as (kind, code) pairs a perimeter member can match.
    private static final String COMMUNE_TERRITORIES =
            """
            select t.kind, t.code
            from commune c
            cross join lateral (values ('commune', c.code), ('epci', c.epci_siren),
                                       ('departement', c.departement_code), ('region', c.region_code),
                                       ('france', 'FR')) as t(kind, code)
            where c.code = :commune and t.code is not null
            """;

    private static final String COVERS = "select exists (select 1 from perimeter_member m join ("
            + COMMUNE_TERRITORIES
            + ") t on m.member_kind = t.kind and m.member_code = t.code where m.perimeter_id = :perimeter)";

    private static final String COVERING = "select distinct p.id, p.kind, p.name, p.code,"
            + " array_position(array['commune','epci','pays','pnr','gal_leader','custom','departement','region','france'],"
            + " p.kind) as locality"
            + " from perimeter p join perimeter_member m on m.perimeter_id = p.id join ("
            + COMMUNE_TERRITORIES
            + ") t on m.member_kind = t.kind and m.member_code = t.code order by locality, p.name";

    private static final String OFFICIAL_NAME =
            """
            select name from (
                select 'commune' as kind, code, name from commune
                union all select 'epci', siren, name from epci
                union all select 'departement', code, name from departement
                union all select 'region', code, name from region
                union all select 'france', 'FR', 'France') t
            where kind = :kind and code = :code
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public Optional<Perimeter> find(UUID id) {
        return jdbc.sql("select id, kind, name, code from perimeter where id = :id")
                .param("id", id)
                .query(PerimeterRepository::perimeter)
                .optional();
    }

    /** The perimeter of that kind and name (a park, a GAL...), the same one every time when several share it. */
    public Optional<Perimeter> named(PerimeterKind kind, String name) {
        return jdbc.sql(
                        "select id, kind, name, code from perimeter where kind = :kind and name = :name order by id limit 1")
                .param("kind", kind.dbValue())
                .param("name", name)
                .query(PerimeterRepository::perimeter)
                .optional();
    }

    /** The name of an official territory, its code when the geography no longer has it. */
    public String officialName(PerimeterKind kind, String code) {
        return jdbc.sql(OFFICIAL_NAME)
                .param("kind", kind.dbValue())
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(code);
    }

    public List<PerimeterMember> members(UUID perimeterId) {
        return jdbc.sql("select member_kind, member_code from perimeter_member where perimeter_id = :id order by 1, 2")
                .param("id", perimeterId)
                .query((rs, row) -> new PerimeterMember(
                        PerimeterKind.fromDb(rs.getString("member_kind")), rs.getString("member_code")))
                .list();
    }

    /**
     * Whether a perimeter {@code p} belongs to the network {@code :network} of régions {@code :regions}: one it
     * maintains, or an official one (the country aside) inside its régions.
     */
    private static final String IN_NETWORK =
            """
            ((p.code is null and p.network_id = :network)
             or (p.kind = 'region' and p.code = any(:regions))
             or (p.kind = 'departement'
                 and exists (select 1 from departement d where d.code = p.code and d.region_code = any(:regions)))
             or (p.kind = 'epci'
                 and exists (select 1 from commune c where c.epci_siren = p.code and c.region_code = any(:regions)))
             or (p.kind = 'commune'
                 and exists (select 1 from commune c where c.code = p.code and c.region_code = any(:regions))))
            """;

    /** The perimeters a network maintains, and the official ones (the country aside) inside these régions. */
    public List<UUID> ofNetwork(UUID network, List<String> regionCodes) {
        return jdbc.sql("select p.id from perimeter p where " + IN_NETWORK)
                .param("network", network)
                .param("regions", regionCodes.toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    /**
     * Whether any of these perimeters lies in the network's territory, or is the whole country (which every network
     * shares).
     */
    public boolean meetNetwork(Collection<UUID> ids, UUID network, List<String> regionCodes) {
        return !ids.isEmpty()
                && jdbc.sql("select exists (select 1 from perimeter p where p.id = any(:ids) and (p.kind = 'france' or "
                                + IN_NETWORK + "))")
                        .param("ids", ids.toArray(UUID[]::new))
                        .param("network", network)
                        .param("regions", regionCodes.toArray(String[]::new))
                        .query(Boolean.class)
                        .single();
    }

    public List<String> departementCodes(String regionCode) {
        return jdbc.sql("select code from departement where region_code = :region order by code")
                .param("region", regionCode)
                .query(String.class)
                .list();
    }

    /** Every département, in code order. */
    public List<fr.passerelle.territory.Area> departements() {
        return jdbc.sql("select code, name from departement order by code")
                .query(fr.passerelle.territory.Area.class)
                .list();
    }

    /** The perimeters covering the département or part of it: the country, its région, itself, its EPCIs and communes. */
    public List<UUID> meeting(String departementCode) {
        return jdbc.sql(
                        """
                        select distinct m.perimeter_id from perimeter_member m join departement d on d.code = :departement
                        where m.member_kind = 'france'
                           or (m.member_kind = 'region' and m.member_code = d.region_code)
                           or (m.member_kind = 'departement' and m.member_code = d.code)
                           or (m.member_kind = 'epci' and exists (select 1 from commune c
                                   where c.epci_siren = m.member_code and c.departement_code = d.code))
                           or (m.member_kind = 'commune' and exists (select 1 from commune c
                                   where c.code = m.member_code and c.departement_code = d.code))
                        """)
                .param("departement", departementCode)
                .query(UUID.class)
                .list();
    }

    public List<Perimeter> findAll(java.util.Collection<UUID> ids) {
        return jdbc.sql("select id, kind, name, code from perimeter where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(PerimeterRepository::perimeter)
                .list();
    }

    public Perimeter official(PerimeterKind kind, String code) {
        if (!kind.official()) {
            throw new IllegalArgumentException(kind + " is not an official kind of territory");
        }
        String memberCode = kind == PerimeterKind.FRANCE ? Territories.FRANCE : code;
        String name = jdbc.sql(OFFICIAL_NAME)
                .param("kind", kind.dbValue())
                .param("code", memberCode)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new UnknownTerritoryException(kind, code));
        int created = jdbc.sql(
                        "insert into perimeter (kind, name, code) values (:kind, :name, :code) on conflict do nothing")
                .param("kind", kind.dbValue())
                .param("name", name)
                .param("code", memberCode)
                .update();
        if (created > 0) {
            events.publishEvent(new GeographyChanged());
        }
        Perimeter perimeter = jdbc.sql("select id, kind, name, code from perimeter where kind = :kind and code = :code")
                .param("kind", kind.dbValue())
                .param("code", memberCode)
                .query(PerimeterRepository::perimeter)
                .single();
        addMember(perimeter.id(), new PerimeterMember(kind, memberCode));
        return perimeter;
    }

    public Perimeter create(PerimeterKind kind, String name, List<PerimeterMember> members) {
        if (kind.official()) {
            throw new IllegalArgumentException("Official perimeters are not created by hand: " + kind);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A perimeter needs at least one member");
        }
        UUID id = jdbc.sql("insert into perimeter (kind, name) values (:kind, :name) returning id")
                .param("kind", kind.dbValue())
                .param("name", name.strip())
                .query(UUID.class)
                .single();
        members.forEach(member -> addMember(id, member));
        events.publishEvent(new PerimeterChanged(id, java.util.Set.copyOf(communeCodes(List.of(id)))));
        return new Perimeter(id, kind, name.strip(), null);
    }

    public boolean covers(UUID perimeterId, String communeCode) {
        return jdbc.sql(COVERS)
                .param("perimeter", perimeterId)
                .param("commune", communeCode)
                .query(Boolean.class)
                .single();
    }

    /** The codes of the communes these perimeters cover, through their official members. */
    public List<String> communeCodes(java.util.Collection<UUID> perimeterIds) {
        return jdbc.sql(
                        """
                        select c.code from commune c
                        where exists (select 1 from perimeter_member m
                                      where m.perimeter_id = any(:perimeters::uuid[])
                                        and ((m.member_kind = 'commune' and m.member_code = c.code)
                                          or (m.member_kind = 'epci' and m.member_code = c.epci_siren)
                                          or (m.member_kind = 'departement' and m.member_code = c.departement_code)
                                          or (m.member_kind = 'region' and m.member_code = c.region_code)
                                          or m.member_kind = 'france'))
                        order by c.code
                        """)
                .param("perimeters", perimeterIds.toArray(UUID[]::new))
                .query(String.class)
                .list();
    }

    public List<Perimeter> covering(String communeCode) {
        return jdbc.sql(COVERING)
                .param("commune", communeCode)
                .query(PerimeterRepository::perimeter)
                .list();
    }

    private void addMember(UUID perimeterId, PerimeterMember member) {
        boolean exists = jdbc.sql(OFFICIAL_NAME)
                .param("kind", member.kind().dbValue())
                .param("code", member.code())
                .query(String.class)
                .optional()
                .isPresent();
        if (!exists) {
            throw new UnknownTerritoryException(member.kind(), member.code());
        }
        jdbc.sql("insert into perimeter_member values (:perimeter, :kind, :code) on conflict do nothing")
                .param("perimeter", perimeterId)
                .param("kind", member.kind().dbValue())
                .param("code", member.code())
                .update();
    }

    private static Perimeter perimeter(ResultSet rs, int row) throws SQLException {
        return new Perimeter(
                rs.getObject("id", UUID.class),
                PerimeterKind.fromDb(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("code"));
    }
}
