package fr.passerelle.territory.imports;

import java.time.OffsetDateTime;

/** One past import, as the history shows it. */
public record ImportRecord(
        String kind,
        String fileName,
        Integer sourceYear,
        int rowsRead,
        int communesUpdated,
        int unknownCodes,
        int missingCommunes,
        String importedBy,
        OffsetDateTime importedAt) {}
