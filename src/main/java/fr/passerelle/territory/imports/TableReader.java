package fr.passerelle.territory.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads reference files as INSEE and others publish them: CSV in UTF-8 or Windows-1252 with
 * {@code ,}, {@code ;} or tab separators, or XLSX workbooks whose header row may follow a few title
 * rows. The header is the first row (of the first sheet that has one) that the predicate accepts. A CSV
 * row keeps its cells as the file has them, so that a row of another width than the header is seen.
 */
final class TableReader {

    private static final int SEPARATOR_SEARCH_LINES = 30;

    private TableReader() {}

    /**
     * The table under the first row that the predicate accepts; empty when no row is a header.
     *
     * @throws ImportRejectedException when the file stops or breaks past its header
     */
    static Optional<Table> read(byte[] content, Predicate<List<String>> isHeader) {
        return isXlsx(content) ? readXlsx(content, isHeader) : readCsv(decode(content), isHeader);
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static Optional<Table> readCsv(String text, Predicate<List<String>> isHeader) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator(text))
                .setIgnoreEmptyLines(true)
                .get();
        TableBuilder table = new TableBuilder(isHeader);
        try {
            for (CSVRecord record : format.parse(new StringReader(text))) {
                if (!table.add((int) record.getRecordNumber(), record.toList())) {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (table.hasHeader()) {
                throw new ImportRejectedException("imports.problem.unreadable", String.valueOf(table.lastLine()));
            }
            return Optional.empty();
        }
        return table.table(text.endsWith("\n") || text.endsWith("\r"));
    }

    private static Optional<Table> readXlsx(byte[] content, Predicate<List<String>> isHeader) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<Table> table = readSheet(sheet, isHeader);
                if (table.isPresent()) {
                    return table;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException("imports.problem.workbook");
        }
    }

    private static Optional<Table> readSheet(Sheet sheet, Predicate<List<String>> isHeader) throws IOException {
        TableBuilder table = new TableBuilder(isHeader);
        try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
            for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                if (!table.add(row.getRowNum(), table.spreadsheetRow(cells))) {
                    return Optional.empty();
                }
            }
        }
        return table.table(true);
    }

    static char separator(String text) {
        String firstLines = text.lines().limit(SEPARATOR_SEARCH_LINES).reduce("", String::concat);
        long semicolons = firstLines.chars().filter(c -> c == ';').count();
        long commas = firstLines.chars().filter(c -> c == ',').count();
        long tabs = firstLines.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** UTF-8 when the bytes are valid UTF-8 (without its BOM), Windows-1252 otherwise, as French spreadsheets save. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
