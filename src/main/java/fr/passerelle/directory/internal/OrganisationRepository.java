package fr.passerelle.directory.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Sector;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class OrganisationRepository {

    static final String COLUMNS =
            """
            o.id, o.name, o.kind, o.family, o.sub_kind, o.area, o.description, o.siret, o.website, o.email, o.phone,
            o.address, o.commune_code, o.latitude, o.longitude, o.networks, o.challenges, o.sectors, o.status,
            o.last_verified_on,
            array(select oc.perimeter_id from organisation_coverage oc where oc.organisation_id = o.id) as coverage
            """;

    /** An organisation as a search reads it along with its hit. */
    static final SearchSql.Entries<Organisation> SEARCHED =
            new SearchSql.Entries<>(COLUMNS, " from organisation o", "o.id", OrganisationRepository::organisation);

    private final JdbcClient jdbc;
    private final CoverageChanges coverage;

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = :id")
                .param("id", id)
                .query(OrganisationRepository::organisation)
                .optional();
    }

    /** The organisations of these ids, in the order of the ids. */
    public List<Organisation> findAll(List<UUID> ids) {
        return EntryRows.inOrderOf(
                jdbc,
                "select " + COLUMNS + " from organisation o where o.id = any(:ids)",
                ids,
                OrganisationRepository::organisation,
                Organisation::id);
    }

    /**
     * The published initiatives within {@code km} of a point (a square around it, then the closest first) that work
     * in one of these sectors.
     */
    public List<Organisation> initiativesNear(
            double latitude, double longitude, double km, List<Sector> sectors, int limit) {
        double dLatitude = km / KM_PER_DEGREE;
        double dLongitude = km / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind = 'initiative' and o.status ="
                        + " 'published' and o.latitude between :south and :north and o.longitude between :west and"
                        + " :east and o.sectors && :sectors::text[] order by (o.latitude - :latitude) ^ 2 + ((o.longitude -"
                        + " :longitude) * :shrink) ^ 2, o.id limit :limit")
                .param("south", latitude - dLatitude)
                .param("north", latitude + dLatitude)
                .param("west", longitude - dLongitude)
                .param("east", longitude + dLongitude)
                .param("latitude", latitude)
                .param("longitude", longitude)
                .param("shrink", Math.cos(Math.toRadians(latitude)))
                .param("sectors", Codes.array(sectors))
                .param("limit", limit)
                .query(OrganisationRepository::organisation)
                .list();
    }

    private static final double KM_PER_DEGREE = 111.2;

    public List<Organisation> withStatus(EntryStatus status) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.status = :status order by o.updated_at")
                .param("status", status.code())
                .query(OrganisationRepository::organisation)
                .list();
    }

    /** Who proposed each organisation and scheme waiting for a coordinator, by the entry's id. */
    public java.util.Map<UUID, String> proposers() {
        java.util.Map<UUID, String> proposers = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select id, proposed_by from organisation where status = 'proposed' and proposed_by is not null
                        union all
                        select id, proposed_by from scheme where status = 'proposed' and proposed_by is not null
                        """)
                .query(rs -> {
                    proposers.put(rs.getObject("id", UUID.class), rs.getString("proposed_by"));
                });
        return proposers;
    }

    /** How many published organisations have their address in these communes. */
    public int countLocatedIn(java.util.Collection<String> communes) {
        return jdbc.sql(
                        "select count(*) from organisation where status = 'published' and commune_code = any(:codes::text[])")
                .param("codes", communes.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }

    /** The organisation imported from another source under that identifier. */
    Optional<UUID> idBySource(SourceKey key) {
        return jdbc.sql("select id from organisation where source = :source and source_id = :id")
                .param("source", key.source())
                .param("id", key.id())
                .query(UUID.class)
                .optional();
    }

    void setSource(UUID id, SourceKey key) {
        EntryRows.setSource(jdbc, "organisation", id, key);
    }

    /** The names of the organisations imported from that source under none of these identifiers. */
    List<String> namesOfSourceNotIn(String source, java.util.Collection<String> ids) {
        return jdbc.sql(
                        """
                        select name from organisation
                        where source = :source and source_id <> all(:ids) and status = 'published'
                        order by name
                        """)
                .param("source", source)
                .param("ids", ids.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    public Optional<UUID> idByName(String name) {
        return jdbc.sql("select id from organisation where search_normalize(name) = search_normalize(:name)")
                .param("name", name)
                .query(UUID.class)
                .optional();
    }

    /** A published organisation, its coverage approved by whoever publishes it (a coordinator, an import, the demo). */
    public UUID insertPublished(OrganisationDraft draft, String approvedBy) {
        UUID id = insert(draft, EntryStatus.PUBLISHED, null);
        coverage.grant(id, draft.coverage(), approvedBy);
        return id;
    }

    /** An outsider's proposal: the organisation and its coverage wait for a coordinator. */
    public UUID insertProposal(OrganisationDraft draft, String proposedBy) {
        UUID id = insert(draft, EntryStatus.PROPOSED, proposedBy);
        coverage.propose(id, draft.coverage(), proposedBy);
        return id;
    }

    private UUID insert(OrganisationDraft draft, EntryStatus status, String proposedBy) {
        return jdbc.sql(
                        """
                        insert into organisation (name, kind, family, sub_kind, area, description, siret, website, email,
                            phone, address, commune_code, latitude, longitude, networks, challenges, sectors, status,
                            proposed_by, last_verified_on)
                        values (:name, :kind, :family, :subKind, :area, :description, :siret, :website, :email,
                            :phone, :address, :commune, :latitude, :longitude, :networks, :challenges, :sectors, :status,
                            :proposedBy, :verified)
                        returning id
                        """)
                .params(draftParameters(draft))
                .param("status", status.code())
                .param("proposedBy", proposedBy)
                .param("verified", status == EntryStatus.PUBLISHED ? draft.lastVerifiedOrToday() : null)
                .query(UUID.class)
                .single();
    }

    /**
     * What is said of the organisation and the coverage approved, as one value to compare before and after a write;
     * the dates of its last change and check aside.
     */
    public String content(UUID id) {
        return jdbc.sql(
                        """
                        select (to_jsonb(o) - 'updated_at' - 'last_verified_on')::text
                            || array(select c.perimeter_id from organisation_coverage c where c.organisation_id = o.id
                                     order by c.perimeter_id)::text
                        from organisation o where o.id = :id
                        """)
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** Writes what is said of the organisation; its coverage changes only through {@link CoverageChanges}. */
    public void update(UUID id, OrganisationDraft draft) {
        jdbc.sql(
                        """
                        update organisation set name = :name, kind = :kind, family = :family, sub_kind = :subKind,
                            area = :area, description = :description, siret = :siret, website = :website, email = :email,
                            phone = :phone, address = :address, commune_code = :commune, latitude = :latitude,
                            longitude = :longitude, networks = :networks, challenges = :challenges, sectors = :sectors,
                            last_verified_on = current_date, updated_at = now()
                        where id = :id
                        """)
                .params(draftParameters(draft))
                .param("id", id)
                .update();
    }

    /** Moves a organisation from one status to another; the entry's name and proposer when it was in the first. */
    public Optional<ProposalModerated.Proposal> setStatus(UUID id, EntryStatus from, EntryStatus to) {
        return EntryStatusChange.move(jdbc, "organisation", id, from, to);
    }

    private static java.util.Map<String, Object> draftParameters(OrganisationDraft draft) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("name", draft.name().strip());
        parameters.put("kind", draft.kind().code());
        parameters.put("family", Codes.code(draft.family()));
        parameters.put("subKind", Codes.code(draft.subKind()));
        parameters.put("area", draft.area().code());
        parameters.put(
                "description",
                draft.description() == null ? "" : draft.description().strip());
        parameters.put("siret", blankToNull(draft.siret()));
        parameters.put("website", blankToNull(draft.website()));
        parameters.put("email", blankToNull(draft.email()));
        parameters.put("phone", blankToNull(draft.phone()));
        parameters.put("address", blankToNull(draft.address()));
        parameters.put("commune", blankToNull(draft.communeCode()));
        parameters.put("latitude", draft.latitude());
        parameters.put("longitude", draft.longitude());
        parameters.put(
                "networks",
                draft.networks() == null ? new String[0] : draft.networks().toArray(String[]::new));
        parameters.put("challenges", Codes.array(draft.challenges()));
        parameters.put("sectors", Codes.array(draft.sectors()));
        return parameters;
    }

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Codes.one(OrganisationKind.class, rs.getString("kind")),
                Codes.one(Family.class, rs.getString("family")),
                Codes.one(SubKind.class, rs.getString("sub_kind")),
                Codes.one(Area.class, rs.getString("area")),
                rs.getString("description"),
                rs.getString("siret"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("address"),
                rs.getString("commune_code"),
                Codes.nullableDouble(rs, "latitude"),
                Codes.nullableDouble(rs, "longitude"),
                Codes.strings(rs.getArray("networks")),
                Codes.list(Challenge.class, rs.getArray("challenges")),
                Codes.list(Sector.class, rs.getArray("sectors")),
                Codes.one(EntryStatus.class, rs.getString("status")),
                rs.getObject("last_verified_on", LocalDate.class),
                Codes.uuids(rs.getArray("coverage")));
    }
}
