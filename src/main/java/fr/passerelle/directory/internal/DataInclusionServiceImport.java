package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.Breach;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the services of a data·inclusion document ({@code {"structures": [...], "services": [...]}}) as schemes of the
 * structures they belong to, after the structures themselves. A service exported by this platform
 * ({@code passerelle--<id>}), or imported before from the same source under the same id, updates its scheme and keeps
 * what the schema does not carry (stages, sectors, calendar, amounts, coverage); another is created, open all year,
 * covering its organisation's perimeters, and remembers its source and id. Run inside the import's transaction: a
 * service the database refuses is reported like any other problem.
 */
@Component
@RequiredArgsConstructor
class DataInclusionServiceImport {

    /** The schema's service types that say more than "accompagnement", read back into the platform's types. */
    private static final Map<String, SchemeType> TYPES = Map.of(
            "aide-financiere", SchemeType.SUBVENTION,
            "formation", SchemeType.FORMATION,
            "information", SchemeType.MISE_EN_RESEAU,
            "accompagnement", SchemeType.ACCOMPAGNEMENT);

    private static final Map<String, Audience> PUBLICS = Map.of(
            "jeunes", Audience.JEUNES,
            "femmes", Audience.FEMMES,
            "demandeurs-emploi", Audience.DEMANDEURS_EMPLOI,
            "beneficiaires-des-minimas-sociaux", Audience.MINIMA_SOCIAUX,
            "seniors", Audience.SENIORS,
            "personnes-en-situation-de-handicap", Audience.PERSONNES_HANDICAP);

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "nom",
            "description", "description",
            "website", "lien_mobilisation",
            "howToApply", "mobilisation_precisions",
            "organisationId", "structure_id");

    /** How many schemes the services create and update. */
    record Counts(int created, int updated) {}

    private final JsonMapper json;
    private final SchemeRepository schemes;
    private final OrganisationRepository organisations;
    private final EntryRules rules;
    private final Validator validator;
    private final ImportMessages messages;

    /** The document's services (none when it is a bare list of structures), each problem added to the list. */
    Counts run(byte[] content, TransactionStatus status, List<ImportProblem> problems) {
        JsonNode root = json.readTree(content);
        JsonNode services = root != null && root.isObject() ? root.get("services") : null;
        if (services == null || services.isNull()) {
            return new Counts(0, 0);
        }
        if (!services.isArray()) {
            problems.add(messages.problem(0, "services", null, "directory.import.json.notAList"));
            return new Counts(0, 0);
        }
        int created = 0;
        int updated = 0;
        Map<UUID, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            List<ImportProblem> found = new ArrayList<>();
            Row row = row(services.get(i), i + 1, found);
            Integer first = row == null || row.existing() == null ? null : seen.putIfAbsent(row.existing(), i + 1);
            if (first != null) {
                found.add(messages.problem(i + 1, "services.id", null, "directory.import.id.repeated", first));
            }
            if (row != null && found.isEmpty()) {
                check(row, i + 1, found);
            }
            if (row != null && found.isEmpty() && write(row, status)) {
                created += row.existing() == null ? 1 : 0;
                updated += row.existing() == null ? 0 : 1;
            } else if (row != null && found.isEmpty()) {
                found.add(messages.problem(i + 1, null, null, "directory.import.row.refused"));
            }
            problems.addAll(found);
        }
        return new Counts(created, updated);
    }

    /** A service read: the scheme it updates (null for a new one), its draft, and its source's key. */
    private record Row(UUID existing, SchemeDraft draft, SourceKey source) {}

    private Row row(JsonNode item, int line, List<ImportProblem> found) {
        if (item == null || !item.isObject()) {
            found.add(messages.problem(
                    line, "services", item == null ? null : item.toString(), "directory.import.json.notAnObject"));
            return null;
        }
        DataInclusionFields fields = new DataInclusionFields(item, line, found, messages, "services.");
        String source = fields.text("source", null);
        String id = fields.text("id", null);
        SourceKey key = SourceKey.of(source, id);
        Scheme base = DataInclusionExport.ourId(id)
                .flatMap(schemes::find)
                .or(() -> key == null ? Optional.empty() : schemes.findBySource(key))
                .orElse(null);
        Optional<UUID> organisation = organisation(fields, source, base);
        if (organisation.isEmpty()) {
            return null;
        }
        SchemeDraft draft = draft(fields, organisation.get(), base, access(fields, base));
        return new Row(base == null ? null : base.id(), draft, key);
    }

    /**
     * The structure the service belongs to: one of ours, or one imported from the same source; empty, the problem
     * noted, when there is none or when it is not the one of the scheme the service updates.
     */
    private Optional<UUID> organisation(DataInclusionFields fields, String source, Scheme base) {
        String structureId = fields.text("structure_id", null);
        Optional<UUID> organisation = DataInclusionExport.ourId(structureId)
                .flatMap(organisations::find)
                .map(Organisation::id)
                .or(() -> Optional.ofNullable(SourceKey.of(source, structureId)).flatMap(organisations::idBySource));
        if (organisation.isEmpty()) {
            fields.problem("structure_id", structureId, "directory.import.dataInclusion.noStructure");
            return Optional.empty();
        }
        if (base != null && !base.organisationId().equals(organisation.get())) {
            fields.problem("structure_id", structureId, "directory.organisation.fixed");
            return Optional.empty();
        }
        return organisation;
    }

    /** How the service is reached: what the document says, else what the scheme it updates had. */
    private static SchemeAccess access(DataInclusionFields fields, Scheme base) {
        SchemeAccess had = base == null ? null : base.access();
        String feeDetails = fields.text("frais_precisions", had == null ? null : had.feeDetails());
        if (feeDetails != null && feeDetails.length() > 500) {
            fields.problem("frais_precisions", null, "scheme.feeDetails.length");
        }
        return new SchemeAccess(
                fields.codes(
                        "modes_accueil",
                        SchemeAccess.ReceptionMode.class,
                        had == null ? List.of() : had.receptionModes()),
                fields.code("frais", SchemeAccess.Fee.class, had == null ? null : had.fee()),
                feeDetails,
                fields.codes(
                        "mobilisable_par",
                        SchemeAccess.Mobiliser.class,
                        had == null ? List.of() : had.mobilisableBy()));
    }

    /** The scheme's draft: the schema's fields from the document, the rest kept from the scheme it updates. */
    private static SchemeDraft draft(
            DataInclusionFields fields, UUID organisationId, Scheme base, SchemeAccess access) {
        return new SchemeDraft(
                organisationId,
                fields.text("nom", base == null ? null : base.name()),
                description(fields.text("description", null), base),
                type(fields.text("type", null), base),
                base == null ? List.of() : base.stages(),
                base == null ? List.of() : base.projectKinds(),
                base == null ? List.of() : base.sectors(),
                audiences(fields.texts("publics", null), base),
                base != null && base.essOnly(),
                base != null && base.collectiveOnly(),
                base == null ? SchemeCalendar.ALWAYS : base.calendar(),
                base == null ? null : base.opensOn(),
                base == null ? null : base.closesOn(),
                base == null ? null : base.amountMin(),
                base == null ? null : base.amountMax(),
                base == null ? null : base.ratePercent(),
                fields.text("mobilisation_precisions", base == null ? null : base.howToApply()),
                fields.text("lien_mobilisation", base == null ? null : base.website()),
                base == null ? List.of() : base.coverage(),
                fields.date("date_maj"),
                access);
    }

    /** The description given, unless it is what the platform's export wrote in place of the scheme's missing one. */
    private static String description(String given, Scheme base) {
        if (base != null && (given == null || given.equals(DataInclusionExport.description(base)))) {
            return base.description();
        }
        return given;
    }

    /** The scheme's own type when the document says what the platform exported for it; else the type read back. */
    private static SchemeType type(String given, Scheme base) {
        if (base != null && (given == null || given.equals(DataInclusionExport.type(base.type())))) {
            return base.type();
        }
        return TYPES.getOrDefault(given, SchemeType.ACCOMPAGNEMENT);
    }

    /** The scheme's own audiences when the document says what the platform exported for them; else read back. */
    private static List<Audience> audiences(List<String> given, Scheme base) {
        if (base != null && (given == null || given.equals(DataInclusionExport.publics(base.audiences())))) {
            return base.audiences();
        }
        return given == null
                ? List.of()
                : given.stream()
                        .map(PUBLICS::get)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
    }

    private void check(Row row, int line, List<ImportProblem> found) {
        Set<String> faulted = new HashSet<>();
        for (ConstraintViolation<SchemeDraft> violation : validator.validate(row.draft())) {
            String column = column(violation.getPropertyPath().toString().replaceAll("\\[.*", ""));
            if (faulted.add(column)) {
                Object value = violation.getInvalidValue();
                found.add(new ImportProblem(
                        line, column, value == null ? null : String.valueOf(value), violation.getMessage()));
            }
        }
        for (Breach rejected : rules.breaches(row.draft())) {
            String column = column(rejected.field());
            if (faulted.add(column)) {
                found.add(new ImportProblem(line, column, null, messages.text(rejected.messageKey())));
            }
        }
    }

    private static String column(String field) {
        return "services." + COLUMNS.getOrDefault(field, field);
    }

    /** Writes the scheme behind a savepoint; false when the database refuses it (the transaction goes on). */
    private boolean write(Row row, TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        try {
            if (row.existing() == null) {
                UUID id = schemes.insert(row.draft(), EntryStatus.PUBLISHED, null);
                if (row.source() != null) {
                    schemes.setSource(id, row.source());
                }
            } else {
                schemes.update(row.existing(), row.draft());
            }
            status.releaseSavepoint(savepoint);
            return true;
        } catch (DataAccessException refused) {
            status.rollbackToSavepoint(savepoint);
            return false;
        }
    }
}
