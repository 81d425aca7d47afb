package fr.passerelle.directory.internal;

import java.util.Locale;
import java.util.Map;

/** The formats the directory imports organisations from, and how each names an entry's fields. */
public enum ImportFormat {
    /** The columns of the CSV export ({@link OrganisationColumns}), semicolon or comma separated, UTF-8 or Windows-1252. */
    CSV(Map.ofEntries(
            Map.entry("id", OrganisationColumns.ID),
            Map.entry("name", OrganisationColumns.NAME),
            Map.entry("kind", OrganisationColumns.KIND),
            Map.entry("family", OrganisationColumns.FAMILY),
            Map.entry("subKind", OrganisationColumns.SUB_KIND),
            Map.entry("area", OrganisationColumns.AREA),
            Map.entry("description", OrganisationColumns.DESCRIPTION),
            Map.entry("siret", OrganisationColumns.SIRET),
            Map.entry("website", OrganisationColumns.WEBSITE),
            Map.entry("email", OrganisationColumns.EMAIL),
            Map.entry("phone", OrganisationColumns.PHONE),
            Map.entry("address", OrganisationColumns.ADDRESS),
            Map.entry("communeCode", OrganisationColumns.COMMUNE),
            Map.entry("latitude", OrganisationColumns.LATITUDE),
            Map.entry("longitude", OrganisationColumns.LONGITUDE),
            Map.entry("sectors", OrganisationColumns.SECTORS),
            Map.entry("coverage", OrganisationColumns.COVERAGE))),
    /** The CSV's columns in the first sheet of a workbook (xlsx), as the export writes it or a spreadsheet saves it. */
    XLSX(CSV.columns),
    /** A JSON array of structures in the data·inclusion schema v1. */
    DATA_INCLUSION(Map.ofEntries(
            Map.entry("id", "id"),
            Map.entry("name", "nom"),
            Map.entry("description", "description"),
            Map.entry("siret", "siret"),
            Map.entry("website", "site_web"),
            Map.entry("email", "courriel"),
            Map.entry("phone", "telephone"),
            Map.entry("address", "adresse"),
            Map.entry("communeCode", "code_insee"),
            Map.entry("latitude", "latitude"),
            Map.entry("longitude", "longitude"),
            Map.entry("networks", "reseaux_porteurs"),
            Map.entry("coverage", "code_insee")));

    private final Map<String, String> columns;

    ImportFormat(Map<String, String> columns) {
        this.columns = columns;
    }

    /** The format of a file: a workbook when its name or its first bytes (a zip archive's) say so, else this one. */
    public ImportFormat of(String fileName, byte[] content) {
        boolean named = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        boolean zipped = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
        return named || zipped ? XLSX : this;
    }

    /** The file's name for a field of an entry. */
    String column(String property) {
        return columns.getOrDefault(property, property);
    }
}
