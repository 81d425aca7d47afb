package fr.passerelle.territory.imports;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports INSEE's reference files into the communes: the density grid, the city attraction
 * category and centroids. A file is checked whole before anything is written, then applied in one
 * transaction; importing the same file again changes nothing.
 */
@Service
public class ReferenceImports {

    private static final Logger log = LoggerFactory.getLogger(ReferenceImports.class);

    private final ReferenceImportStore store;

    ReferenceImports(ReferenceImportStore store) {
        this.store = store;
    }

    /**
     * @param year the year of the source when the file's name does not say it (density grid only)
     * @throws ImportRejectedException when the file is not of the kind or has wrong rows; nothing changed
     */
    @Transactional
    public ImportReport importFile(
            ReferenceFileKind kind, String fileName, byte[] content, Integer year, String importedBy) {
        if (content.length == 0) {
            throw new ImportRejectedException("Le fichier « " + fileName + " » est vide. Rien n'a été modifié.");
        }
        long started = System.nanoTime();
        ReferenceFileParser.Result result = ReferenceFileParser.parse(kind, content, fileName, year);
        result.parsed().rejectIfProblems();
        if (result.parsed().values.isEmpty()) {
            throw new ImportRejectedException(
                    "Le fichier « " + fileName + " » ne contient aucune commune. Rien n'a été modifié.");
        }
        ImportReport report = store.apply(kind, fileName, result.year(), result.parsed().values, importedBy);
        log.info(
                "Imported {} from {}: {} rows, {} communes updated, {} unknown codes, {} communes missing, in {} ms",
                kind.id(),
                fileName,
                report.rowsRead(),
                report.communesUpdated(),
                report.unknownCodes().size(),
                report.missingCommunes().size(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** The latest imports, newest first. */
    @Transactional(readOnly = true)
    public List<ImportRecord> history(int limit) {
        return store.history(limit);
    }
}
