package fr.passerelle.directory.web;

import fr.passerelle.common.Sector;
import fr.passerelle.common.SpreadsheetCells;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationColumns;
import fr.passerelle.territory.Perimeter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory's organisations as CSV for French spreadsheets: UTF-8 with its mark, ";" separator. */
@RestController
record DirectoryCsvController(Directory directory, MessageSource messages) {
    static final int LIMIT = 100_000;
    private static final String[] HEADER = OrganisationColumns.ALL.toArray(String[]::new);

    @GetMapping(value = "/api/v1/organisations.csv", produces = "text/csv")
    @Operation(summary = "Les structures de la recherche en CSV (UTF-8, séparateur « ; »), 100 000 au plus")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier CSV, une structure par ligne après l’en-tête",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void organisations(@ParameterObject SearchParams params, HttpServletResponse response) throws IOException {
        DirectoryQuery query = params.toQuery(params.commune(), 1, new ArrayList<>());
        try (CSVPrinter csv = printer(response, "annuaire-structures-" + LocalDate.now() + ".csv")) {
            for (Organisation o : directory.allOrganisations(query, LIMIT)) {
                csv.printRecord(row(o));
            }
        }
    }

    @GetMapping(value = "/api/v1/organisations.xlsx", produces = OrganisationsWorkbook.TYPE)
    @Operation(
            summary = "Les structures de la recherche en classeur (xlsx) : codes en texte, nombres et dates typés,"
                    + " 100 000 au plus")
    @ApiResponse(
            responseCode = "200",
            description = "Le classeur, une structure par ligne après l’en-tête",
            content =
                    @Content(
                            mediaType = OrganisationsWorkbook.TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    void organisationsWorkbook(@ParameterObject SearchParams params, HttpServletResponse response) throws IOException {
        DirectoryQuery query = params.toQuery(params.commune(), 1, new ArrayList<>());
        response.setContentType(OrganisationsWorkbook.TYPE);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"annuaire-structures-" + LocalDate.now() + ".xlsx\"");
        try (OrganisationsWorkbook workbook =
                new OrganisationsWorkbook(response.getOutputStream(), label("directory.export.sheet"))) {
            for (Organisation o : directory.allOrganisations(query, LIMIT)) {
                workbook.row(values(o));
            }
        }
    }

    /** The import's template: the columns, and one example row to replace. */
    @GetMapping("/annuaire/import/modele.csv")
    void template(HttpServletResponse response) throws IOException {
        try (CSVPrinter csv = printer(response, "modele-import-structures.csv")) {
            csv.printRecord(
                    "",
                    "Maison des projets du Diois",
                    label(OrganisationKind.SUPPORT_STRUCTURE.messageKey()),
                    label(Family.INFORM_ORIENT.messageKey()),
                    "",
                    label(Area.RURAL.messageKey()),
                    "Accueille les porteurs de projet du Diois dès l’idée et les oriente.",
                    "26113",
                    "https://exemple.fr",
                    "contact@exemple.fr",
                    "04 75 00 00 00",
                    "Place de la République, 26150 Die",
                    "",
                    "44,75",
                    "5,37",
                    label(Sector.AGRICULTURE_ALIMENTATION.messageKey()) + " | " + label(Sector.TOURISME.messageKey()),
                    "",
                    "epci:242600534 | departement:26",
                    "",
                    "");
        }
    }

    private CSVPrinter printer(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(HEADER)
                .get()
                .print(writer);
    }

    /** An organisation's cells, typed: texts, numbers (coordinates, quality) and the last check's date. */
    private List<Object> values(Organisation o) {
        List<Perimeter> coverage = directory.coverage(o.coverage());
        return java.util.Arrays.asList(
                o.id().toString(),
                o.name(),
                label(o.kind().messageKey()),
                o.family() == null ? null : label(o.family().messageKey()),
                o.subKind() == null ? null : label(o.subKind().messageKey()),
                label(o.area().messageKey()),
                o.description(),
                o.communeCode(),
                o.website(),
                o.email(),
                o.phone(),
                o.address(),
                o.siret(),
                o.latitude(),
                o.longitude(),
                o.sectors().stream().map(sector -> label(sector.messageKey())).collect(Collectors.joining(" | ")),
                coverage.stream().map(Perimeter::name).collect(Collectors.joining(", ")),
                OrganisationColumns.coverage(coverage),
                o.lastVerifiedOn(),
                Math.round(o.quality(LocalDate.now()) * 100) / 100.0);
    }

    private List<String> row(Organisation o) {
        List<Object> values = values(o);
        List<String> row = new ArrayList<>(values.size());
        for (int column = 0; column < values.size(); column++) {
            row.add(safe(csvText(values.get(column), OrganisationColumns.ALL.get(column))));
        }
        return row;
    }

    /** A value as the CSV writes it: decimals with a comma, six places for coordinates, dates as ISO. */
    private static String csvText(Object value, String column) {
        if (value instanceof Double number) {
            return String.format(Locale.FRANCE, OrganisationColumns.QUALITY.equals(column) ? "%.2f" : "%.6f", number);
        }
        return value == null ? "" : value.toString();
    }

    /** A cell a spreadsheet would read as a formula is kept as text; numbers stay numbers. */
    static String safe(String value) {
        return value == null ? null : SpreadsheetCells.guarded(value);
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
