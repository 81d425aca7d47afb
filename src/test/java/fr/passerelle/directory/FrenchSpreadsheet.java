package fr.passerelle.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * What a French spreadsheet (LibreOffice Calc, French locale, standard cell format) writes when a person opens a
 * CSV and saves it again: digits become numbers and lose their leading zeros ("01004" is saved "1004"), decimals keep
 * their comma without trailing zeros ("44,750000" is "44,75"), ISO dates become days as the French write them, and
 * the file is UTF-8 without its mark.
 */
final class FrenchSpreadsheet {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchSpreadsheet() {}

    static byte[] openAndSave(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        StringWriter saved = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format);
                CSVPrinter printer = format.print(saved)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell));
                printer.printRecord(
                        header
                                ? cells
                                : cells.stream().map(FrenchSpreadsheet::asSaved).toList());
                header = false;
            }
        }
        return saved.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String asSaved(String cell) {
        if (cell.matches("\\d{1,15}")) {
            return new BigInteger(cell).toString();
        }
        if (cell.matches("-?\\d+,\\d+")) {
            return new BigDecimal(cell.replace(',', '.'))
                    .stripTrailingZeros()
                    .toPlainString()
                    .replace('.', ',');
        }
        if (cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY.format(LocalDate.parse(cell));
        }
        return cell;
    }
}
