package fr.passerelle.territory.imports;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports INSEE's reference files into the communes: the density grid, the city attraction
 * category and centroids. A file is checked whole (the shape and the values of every line, the share
 * of current communes it holds) before anything is written, then applied in one transaction that
 * rewrites only the communes whose values change: importing the same file again changes nothing.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
@RequiredArgsConstructor
public class ReferenceImports {

    private static final Logger log = LoggerFactory.getLogger(ReferenceImports.class);

    private final ReferenceImportStore store;
    private final ImportSettings settings;

    /**
     * @param year the year of the source when the file's name does not say it (density grid only)
     * @param scope whether the file must cover the country, or may hold a part of it only
     * @throws ImportRejectedException when the file is not of the kind, has wrong lines or, national,
     *     lacks too many communes; nothing changed
     */
    @Transactional
    public ImportReport importFile(
            ReferenceFileKind kind,
            String fileName,
            byte[] content,
            Integer year,
            ImportScope scope,
            String importedBy) {
        long started = System.nanoTime();
        ReferenceFileParser.Result checked = check(kind, fileName, content, year, scope);
        ImportReport report = store.apply(kind, fileName, checked.year(), checked.parsed().values, scope, importedBy);
        log.info(
                "Imported {} from {}: {} rows, {} communes changed, {} unknown codes, {} communes missing, in {} ms",
                kind.id(),
                fileName,
                report.rowsRead(),
                report.communesUpdated(),
                report.unknownCodes().size(),
                report.missingCommunes().size(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** Every check, on the whole file, before anything is written. */
    private ReferenceFileParser.Result check(
            ReferenceFileKind kind, String fileName, byte[] content, Integer year, ImportScope scope) {
        if (content.length == 0) {
            throw new ImportRejectedException("imports.problem.empty", fileName);
        }
        ReferenceFileParser.Result result = ReferenceFileParser.parse(kind, content, fileName, year);
        result.parsed().rejectIfProblems();
        if (result.parsed().values.isEmpty()) {
            throw new ImportRejectedException("imports.problem.noCommune", fileName);
        }
        if (scope == ImportScope.NATIONAL) {
            checkCoverage(result.parsed().values);
        }
        return result;
    }

    /** A national file that holds too few of the current communes was most likely cut. */
    private void checkCoverage(List<String[]> values) {
        Set<String> current = store.communeCodes();
        long covered =
                values.stream().filter(entry -> current.contains(entry[0])).count();
        double share = (double) covered / current.size();
        if (share < settings.minimumCoverage()) {
            throw new ImportRejectedException(
                    "imports.problem.coverage",
                    covered,
                    current.size(),
                    Math.floor(share * 1000) / 1000,
                    settings.minimumCoverage());
        }
    }

    /** The share of the current communes that a national file must hold, from 0 to 1. */
    public double minimumCoverage() {
        return settings.minimumCoverage();
    }

    /** The latest imports, newest first. */
    @Transactional(readOnly = true)
    public List<ImportRecord> history(int limit) {
        return store.history(limit);
    }
}
