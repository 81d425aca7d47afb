package fr.passerelle.directory.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Organisation;
import fr.passerelle.territory.Perimeter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory's organisations as CSV for French spreadsheets: UTF-8 with its mark, ";" separator. */
@RestController
class DirectoryCsvController {

    static final int LIMIT = 100_000;
    private static final String[] HEADER = {
        "id",
        "nom",
        "type",
        "famille",
        "categorie",
        "ville_campagne",
        "description",
        "code_insee",
        "site_web",
        "courriel",
        "telephone",
        "adresse",
        "territoires_couverts",
        "derniere_verification",
        "qualite"
    };

    private final Directory directory;
    private final MessageSource messages;

    DirectoryCsvController(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/api/v1/organisations.csv")
    @Operation(summary = "Les structures de la recherche en CSV (UTF-8, séparateur « ; »), 100 000 au plus")
    void organisations(SearchParams params, HttpServletResponse response) throws IOException {
        DirectoryQuery query = params.toQuery(params.commune(), 1, new ArrayList<>());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"annuaire-structures-" + LocalDate.now() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader(HEADER)
                .get()
                .print(writer)) {
            for (Organisation o : directory.allOrganisations(query, LIMIT)) {
                csv.printRecord(
                        o.id(),
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
                        directory.coverage(o.coverage()).stream()
                                .map(Perimeter::name)
                                .collect(Collectors.joining(", ")),
                        o.lastVerifiedOn(),
                        String.format(Locale.FRANCE, "%.2f", o.quality(LocalDate.now())));
            }
        }
    }

    /** A cell a spreadsheet would read as a formula is kept as text. */
    static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
