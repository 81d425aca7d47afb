package fr.passerelle.territory.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param sourceYear the year of the source, or null for centroids
 * @param unknownCodes codes of the file that match no current commune (left aside)
 * @param missingCommunes current communes the file does not mention (left as they were), as "code name"
 */
public record ImportReport(
        ReferenceFileKind kind,
        String fileName,
        Integer sourceYear,
        int rowsRead,
        int communesUpdated,
        List<String> unknownCodes,
        List<String> missingCommunes) {}
