package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class SchemeRepository {

    static final String COLUMNS =
            """
            s.id, s.organisation_id, o.name as organisation_name, s.name, s.description, s.type, s.stages,
            s.project_kinds, s.sectors, s.publics, s.ess_only, s.collective_only, s.calendar, s.opens_on, s.closes_on,
            s.amount_min, s.amount_max, s.rate_percent, s.how_to_apply, s.website, s.status, s.last_verified_on,
            s.reception_modes, s.fee, s.fee_details, s.mobilisable_by,
            array(select sc.perimeter_id from scheme_coverage sc where sc.scheme_id = s.id) as coverage
            """;
    private static final String FROM = " from scheme s join organisation o on o.id = s.organisation_id";

    /** A scheme as a search reads it along with its hit. */
    static final SearchSql.Entries<Scheme> SEARCHED =
            new SearchSql.Entries<>(COLUMNS, FROM, "s.id", SchemeRepository::scheme);

    private final JdbcClient jdbc;

    public Optional<Scheme> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.id = :id")
                .param("id", id)
                .query(SchemeRepository::scheme)
                .optional();
    }

    /** The schemes of these ids, in the order of the ids. */
    public List<Scheme> findAll(List<UUID> ids) {
        return EntryRows.inOrderOf(
                jdbc,
                "select " + COLUMNS + FROM + " where s.id = any(:ids)",
                ids,
                SchemeRepository::scheme,
                Scheme::id);
    }

    public List<Scheme> ofOrganisation(UUID organisationId, boolean publishedOnly) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.organisation_id = :id"
                        + (publishedOnly ? " and s.status = 'published'" : "") + " order by s.name")
                .param("id", organisationId)
                .query(SchemeRepository::scheme)
                .list();
    }

    /** The scheme imported from another source under that identifier. */
    Optional<Scheme> findBySource(SourceKey key) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.source = :source and s.source_id = :id")
                .param("source", key.source())
                .param("id", key.id())
                .query(SchemeRepository::scheme)
                .optional();
    }

    void setSource(UUID id, SourceKey key) {
        EntryRows.setSource(jdbc, "scheme", id, key);
    }

    public List<Scheme> withStatus(EntryStatus status) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.status = :status order by s.updated_at")
                .param("status", status.code())
                .query(SchemeRepository::scheme)
                .list();
    }

    public UUID insert(SchemeDraft draft, EntryStatus status, String proposedBy) {
        UUID id = jdbc.sql(
                        """
                        insert into scheme (organisation_id, name, description, type, stages, project_kinds, sectors,
                            publics, ess_only, collective_only, calendar, opens_on, closes_on, amount_min, amount_max,
                            rate_percent, how_to_apply, website, status, proposed_by, last_verified_on, reception_modes, fee,
                            fee_details, mobilisable_by)
                        values (:organisation, :name, :description, :type, :stages, :projectKinds, :sectors,
                            :publics, :essOnly, :collectiveOnly, :calendar, :opensOn, :closesOn, :amountMin, :amountMax,
                            :ratePercent, :howToApply, :website, :status, :proposedBy, :verified, :receptionModes, :fee,
                            :feeDetails, :mobilisableBy)
                        returning id
                        """)
                .params(parameters(draft))
                .param("status", status.code())
                .param("proposedBy", proposedBy)
                .param(
                        "verified",
                        status == EntryStatus.PUBLISHED
                                ? (draft.lastVerifiedOn() != null ? draft.lastVerifiedOn() : LocalDate.now())
                                : null)
                .query(UUID.class)
                .single();
        setCoverage(id, draft);
        return id;
    }

    public void update(UUID id, SchemeDraft draft) {
        jdbc.sql(
                        """
                        update scheme set name = :name, description = :description, type = :type, stages = :stages,
                            project_kinds = :projectKinds, sectors = :sectors, publics = :publics, ess_only = :essOnly,
                            collective_only = :collectiveOnly, calendar = :calendar, opens_on = :opensOn,
                            closes_on = :closesOn, amount_min = :amountMin, amount_max = :amountMax,
                            rate_percent = :ratePercent,
                            how_to_apply = :howToApply, website = :website, reception_modes = :receptionModes,
                            fee = :fee, fee_details = :feeDetails, mobilisable_by = :mobilisableBy,
                            last_verified_on = current_date, updated_at = now()
                        where id = :id
                        """)
                .params(parameters(draft))
                .param("id", id)
                .update();
        setCoverage(id, draft);
    }

    /** Moves a scheme from one status to another; the entry's name and proposer when it was in the first. */
    public Optional<ProposalModerated.Proposal> setStatus(UUID id, EntryStatus from, EntryStatus to) {
        return EntryStatusChange.move(jdbc, "scheme", id, from, to);
    }

    /** The scheme's own coverage, or its organisation's when it has none of its own. */
    private void setCoverage(UUID id, SchemeDraft draft) {
        jdbc.sql("delete from scheme_coverage where scheme_id = :id")
                .param("id", id)
                .update();
        if (draft.coverage() == null || draft.coverage().isEmpty()) {
            jdbc.sql("insert into scheme_coverage select :id, perimeter_id from organisation_coverage"
                            + " where organisation_id = :organisation")
                    .param("id", id)
                    .param("organisation", draft.organisationId())
                    .update();
        } else {
            jdbc.sql(
                            "insert into scheme_coverage select :id, p from unnest(:perimeters::uuid[]) p on conflict do nothing")
                    .param("id", id)
                    .param("perimeters", draft.coverage().toArray(UUID[]::new))
                    .update();
        }
    }

    private static Map<String, Object> parameters(SchemeDraft draft) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", draft.organisationId());
        parameters.put("name", draft.name().strip());
        parameters.put(
                "description",
                draft.description() == null ? "" : draft.description().strip());
        parameters.put("type", draft.type().code());
        parameters.put("stages", Codes.array(draft.stages()));
        parameters.put("projectKinds", Codes.array(draft.projectKinds()));
        parameters.put("sectors", Codes.array(draft.sectors()));
        parameters.put("publics", Codes.array(draft.audiences()));
        parameters.put("essOnly", draft.essOnly());
        parameters.put("collectiveOnly", draft.collectiveOnly());
        parameters.put("calendar", draft.calendar().code());
        parameters.put("opensOn", draft.opensOn());
        parameters.put("closesOn", draft.closesOn());
        parameters.put("amountMin", draft.amountMin());
        parameters.put("amountMax", draft.amountMax());
        parameters.put("ratePercent", draft.ratePercent());
        parameters.put("howToApply", fr.passerelle.common.Texts.blankToNull(draft.howToApply()));
        parameters.put("website", fr.passerelle.common.Texts.blankToNull(draft.website()));
        SchemeAccess access = draft.access();
        parameters.put("receptionModes", Codes.array(access.receptionModes()));
        parameters.put("fee", access.fee() == null ? null : access.fee().code());
        parameters.put("feeDetails", access.feeDetails());
        parameters.put("mobilisableBy", Codes.array(access.mobilisableBy()));
        return parameters;
    }

    static Scheme scheme(ResultSet rs, int row) throws SQLException {
        return new Scheme(
                rs.getObject("id", UUID.class),
                written(rs),
                rs.getString("organisation_name"),
                Codes.one(EntryStatus.class, rs.getString("status")));
    }

    private static SchemeDraft written(ResultSet rs) throws SQLException {
        return new SchemeDraft(
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                Codes.one(SchemeType.class, rs.getString("type")),
                Codes.list(ProjectStage.class, rs.getArray("stages")),
                Codes.list(ProjectKind.class, rs.getArray("project_kinds")),
                Codes.list(Sector.class, rs.getArray("sectors")),
                Codes.list(Audience.class, rs.getArray("publics")),
                rs.getBoolean("ess_only"),
                rs.getBoolean("collective_only"),
                Codes.one(SchemeCalendar.class, rs.getString("calendar")),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                Codes.nullableInt(rs, "amount_min"),
                Codes.nullableInt(rs, "amount_max"),
                rs.getBigDecimal("rate_percent"),
                rs.getString("how_to_apply"),
                rs.getString("website"),
                Codes.uuids(rs.getArray("coverage")),
                rs.getObject("last_verified_on", LocalDate.class),
                new SchemeAccess(
                        Codes.list(SchemeAccess.ReceptionMode.class, rs.getArray("reception_modes")),
                        Codes.one(SchemeAccess.Fee.class, rs.getString("fee")),
                        rs.getString("fee_details"),
                        Codes.list(SchemeAccess.Mobiliser.class, rs.getArray("mobilisable_by"))));
    }
}
