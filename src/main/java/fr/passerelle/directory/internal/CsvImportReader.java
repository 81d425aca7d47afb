package fr.passerelle.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** Reads the organisations' CSV into rows, the columns of its header read by {@link OrganisationRows}. */
@Component
record CsvImportReader(OrganisationRows organisationRows, ImportMessages messages) {
    /** The rows, or a problem with the whole file (line 0) when it cannot be read as a CSV at all. */
    List<ImportRow> read(byte[] content) {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count()
                        >= firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            organisationRows.requireHeader(new HashSet<>(header));
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(organisationRows.row(cells(record, header), (int) record.getRecordNumber() + 1));
                }
            }
            return rows;
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException broken) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.csv.unreadable"));
        }
    }

    private static OrganisationRows.Cells cells(CSVRecord record, List<String> header) {
        Map<String, String> byColumn = new HashMap<>();
        header.forEach(column -> byColumn.put(column, record.isSet(column) ? record.get(column) : null));
        return new OrganisationRows.Cells(byColumn);
    }

    private String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // What a French spreadsheet saves as "CSV (séparateur : point-virgule)".
            text = new String(content, Charset.forName("windows-1252"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.csv.unreadable"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
