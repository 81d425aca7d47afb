package fr.passerelle.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;

/**
 * Reads the organisations' workbook (the first sheet, its first row naming the columns of the CSV) into rows, as
 * a spreadsheet saves it: a code it turned into a number ("1004") is read as its digits, a date as a real date.
 */
@Component
record XlsxImportReader(OrganisationRows organisationRows, ImportMessages messages) {
    List<ImportRow> read(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            return rows(sheet.iterator());
        } catch (ImportRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new ImportRefusedException(messages.problem(0, null, null, "directory.import.xlsx.unreadable"));
        }
    }

    private List<ImportRow> rows(Iterator<Row> sheet) {
        List<String> header = sheet.hasNext() ? texts(sheet.next()) : List.of();
        organisationRows.requireHeader(new HashSet<>(header));
        List<ImportRow> rows = new ArrayList<>();
        while (sheet.hasNext()) {
            Row row = sheet.next();
            OrganisationRows.Cells cells = cells(row, header);
            if (!cells.blank()) {
                rows.add(organisationRows.row(cells, row.getRowNum()));
            }
        }
        return rows;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            String text = text(row.getCell(column), null);
            texts.add(text == null ? "" : text.strip());
        }
        return texts;
    }

    private static OrganisationRows.Cells cells(Row row, List<String> header) {
        Map<String, String> byColumn = new HashMap<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            if (!name.isEmpty()) {
                byColumn.put(name, column < row.getCellCount() ? text(row.getCell(column), name) : null);
            }
        }
        return new OrganisationRows.Cells(byColumn);
    }

    /** A cell as the CSV would hold it: a number in plain digits, a date (the last check's column) in ISO. */
    private static String text(Cell cell, String column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            return OrganisationColumns.LAST_VERIFIED.equals(column)
                    ? cell.asDate().toLocalDate().toString()
                    : plain(cell.asNumber());
        }
        return cell.getText();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
