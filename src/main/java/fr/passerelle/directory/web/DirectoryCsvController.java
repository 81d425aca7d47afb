package fr.passerelle.directory.web;

import fr.passerelle.common.Sector;
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

    private List<String> row(Organisation o) {
        List<Perimeter> coverage = directory.coverage(o.coverage());
        return java.util.stream.Stream.of(
                        o.id().toString(),
                        o.name(),
                        label(o.kind().messageKey()),
                        o.family() == null ? "" : label(o.family().messageKey()),
                        o.subKind() == null ? "" : label(o.subKind().messageKey()),
                        label(o.area().messageKey()),
                        o.description(),
                        o.communeCode(),
                        o.website(),
                        o.email(),
                        o.phone(),
                        o.address(),
                        o.siret(),
                        decimal(o.latitude()),
                        decimal(o.longitude()),
                        o.sectors().stream()
                                .map(sector -> label(sector.messageKey()))
                                .collect(Collectors.joining(" | ")),
                        coverage.stream().map(Perimeter::name).collect(Collectors.joining(", ")),
                        OrganisationColumns.coverage(coverage),
                        o.lastVerifiedOn() == null ? "" : o.lastVerifiedOn().toString(),
                        String.format(Locale.FRANCE, "%.2f", o.quality(LocalDate.now())))
                .map(value -> safe(value == null ? "" : value))
                .toList();
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.FRANCE, "%.6f", value);
    }

    /** A cell a spreadsheet would read as a formula is kept as text. */
    static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
