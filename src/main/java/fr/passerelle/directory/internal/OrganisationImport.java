package fr.passerelle.directory.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Breach;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports organisations all or nothing. The file is read, every row checked and written in one
 * transaction, each row behind a savepoint so that a row the database refuses is reported like
 * any other; the transaction is committed only when asked and not one problem was found. A dry
 * run is the same, always rolled back, so it finds everything the real import would.
 */
@Component
public class OrganisationImport {

    static final int MAX_ROWS = 5_000;

    private final CsvImportReader csv;
    private final XlsxImportReader xlsx;
    private final DataInclusionImportReader dataInclusion;
    private final DataInclusionServiceImport services;
    private final OrganisationRepository organisations;
    private final CoverageChanges coverage;
    private final EntryRules rules;
    private final Validator validator;
    private final ImportMessages messages;
    private final TransactionTemplate transactions;
    private final StructureCoordinators coordinators;

    OrganisationImport(
            CsvImportReader csv,
            XlsxImportReader xlsx,
            DataInclusionImportReader dataInclusion,
            DataInclusionServiceImport services,
            OrganisationRepository organisations,
            CoverageChanges coverage,
            EntryRules rules,
            Validator validator,
            ImportMessages messages,
            PlatformTransactionManager transactionManager,
            StructureCoordinators coordinators) {
        this.coordinators = coordinators;
        this.csv = csv;
        this.xlsx = xlsx;
        this.dataInclusion = dataInclusion;
        this.services = services;
        this.organisations = organisations;
        this.coverage = coverage;
        this.rules = rules;
        this.validator = validator;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports the file, all or nothing; the coverage it writes is approved by the coordinator who imports it, who
     * updates only the structures they coordinate and writes only coverages that meet their network.
     */
    public ImportReport run(ImportFormat chosen, byte[] content, boolean apply, AccountUser importer) {
        ImportFormat format = chosen.of(null, content);
        return transactions.execute(status -> {
            try {
                ImportReport report = importRows(format, read(format, content), content, status, importer);
                if (!apply || !report.ok()) {
                    status.setRollbackOnly();
                    return report;
                }
                return report.done();
            } catch (ImportRefusedException refused) {
                status.setRollbackOnly();
                return ImportReport.refused(refused.problem());
            }
        });
    }

    private List<ImportRow> read(ImportFormat format, byte[] content) {
        List<ImportRow> rows =
                switch (format) {
                    case CSV -> csv.read(content);
                    case XLSX -> xlsx.read(content);
                    case DATA_INCLUSION -> dataInclusion.read(content);
                };
        if (rows.isEmpty()) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.empty"));
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.tooMany", MAX_ROWS));
        }
        return rows;
    }

    private ImportReport importRows(
            ImportFormat format, List<ImportRow> rows, byte[] content, TransactionStatus status, AccountUser importer) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<UUID, Integer> ids = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (ImportRow row : rows) {
            List<ImportProblem> found = new ArrayList<>(row.problems());
            if (row.draft() != null) {
                check(format, row, found);
                repeated(format, row, names, ids, found);
                inNetwork(format, row, importer, found);
            }
            if (found.isEmpty()) {
                write(format, row, status, found, importer);
            }
            if (found.isEmpty()) {
                created += row.existingId() == null ? 1 : 0;
                updated += row.existingId() == null ? 0 : 1;
            }
            problems.addAll(found);
        }
        DataInclusionServiceImport.Counts services = format == ImportFormat.DATA_INCLUSION
                ? this.services.run(content, status, problems)
                : new DataInclusionServiceImport.Counts(0, 0);
        return new ImportReport(
                rows.size(), created, updated, problems, false, gone(rows), services.created(), services.updated());
    }

    /** The entries of the file's sources that the file no longer lists, by name. */
    private List<String> gone(List<ImportRow> rows) {
        Map<String, Set<String>> listed = new java.util.TreeMap<>();
        rows.stream().map(ImportRow::source).filter(java.util.Objects::nonNull).forEach(key -> listed.computeIfAbsent(
                        key.source(), source -> new HashSet<>())
                .add(key.id()));
        List<String> gone = new ArrayList<>();
        listed.forEach((source, ids) -> gone.addAll(organisations.namesOfSourceNotIn(source, ids)));
        return gone;
    }

    /** The fields' constraints and the directory's rules; a column already faulted is not faulted twice. */
    private void check(ImportFormat format, ImportRow row, List<ImportProblem> found) {
        Set<String> faulted = new HashSet<>();
        row.problems().forEach(problem -> faulted.add(problem.column()));
        for (ConstraintViolation<OrganisationDraft> violation : validator.validate(row.draft())) {
            String column = format.column(violation.getPropertyPath().toString().replaceAll("\\[.*", ""));
            if (faulted.add(column)) {
                Object value = violation.getInvalidValue();
                found.add(new ImportProblem(
                        row.line(), column, value == null ? null : String.valueOf(value), violation.getMessage()));
            }
        }
        for (Breach rejected : rules.breaches(row.draft())) {
            String column = format.column(rejected.field());
            if (faulted.add(column)) {
                found.add(new ImportProblem(
                        row.line(),
                        column,
                        rejected.field().equals("communeCode") ? row.draft().communeCode() : null,
                        messages.text(rejected.messageKey())));
            }
        }
    }

    /**
     * A network's coordinator gives the structures they create or update a coverage that meets their network: a file
     * cannot create a structure of another network. Its rows for another network's structures are checked as they are
     * written ({@link #write}).
     */
    private void inNetwork(ImportFormat format, ImportRow row, AccountUser importer, List<ImportProblem> found) {
        boolean theirs = row.existingId() == null || coordinators.coordinates(importer, row.existingId());
        if (found.isEmpty()
                && theirs
                && !coordinators.reaches(importer, row.draft().coverage())) {
            found.add(
                    messages.problem(row.line(), format.column("coverage"), null, "directory.coverage.outsideNetwork"));
        }
    }

    private void repeated(
            ImportFormat format,
            ImportRow row,
            Map<String, Integer> names,
            Map<UUID, Integer> ids,
            List<ImportProblem> found) {
        String name = row.draft().name();
        if (name == null) {
            return;
        }
        Integer first = names.putIfAbsent(ImportValues.normalise(name), row.line());
        if (first != null) {
            found.add(
                    messages.problem(row.line(), format.column("name"), name, "directory.import.name.repeated", first));
        }
        Optional<UUID> holder = organisations.idByName(name);
        if (holder.isPresent() && !holder.get().equals(row.existingId())) {
            found.add(messages.problem(row.line(), format.column("name"), name, "directory.import.name.taken"));
        }
        if (row.existingId() != null) {
            Integer sameId = ids.putIfAbsent(row.existingId(), row.line());
            if (sameId != null) {
                found.add(messages.problem(
                        row.line(),
                        format.column("id"),
                        row.existingId().toString(),
                        "directory.import.id.repeated",
                        sameId));
            }
        }
    }

    /**
     * Writes the row behind its savepoint. A row for a structure another network coordinates (a whole export
     * re-imported) is written only to see whether it changes anything, then undone: unchanged, it passes; changed, it
     * is refused, since only that structure's coordinators change it.
     */
    private void write(
            ImportFormat format,
            ImportRow row,
            TransactionStatus status,
            List<ImportProblem> found,
            AccountUser importer) {
        Object savepoint = status.createSavepoint();
        try {
            if (row.existingId() == null) {
                UUID id = organisations.insertPublished(row.draft(), importer.email());
                if (row.source() != null) {
                    organisations.setSource(id, row.source());
                }
            } else {
                boolean foreign = !coordinators.coordinates(importer, row.existingId());
                String before = foreign ? organisations.content(row.existingId()) : null;
                organisations.update(row.existingId(), row.draft());
                coverage.grant(row.existingId(), row.draft().coverage(), importer.email());
                if (foreign) {
                    boolean changed = !before.equals(organisations.content(row.existingId()));
                    status.rollbackToSavepoint(savepoint);
                    if (changed) {
                        found.add(messages.problem(
                                row.line(),
                                format.column("id"),
                                row.existingId().toString(),
                                "directory.import.otherNetwork"));
                    }
                    return;
                }
            }
            status.releaseSavepoint(savepoint);
        } catch (DataAccessException refused) {
            status.rollbackToSavepoint(savepoint);
            found.add(messages.problem(row.line(), null, null, "directory.import.row.refused"));
        }
    }
}
