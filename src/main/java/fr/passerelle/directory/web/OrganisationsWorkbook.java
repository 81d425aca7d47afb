package fr.passerelle.directory.web;

import fr.passerelle.directory.internal.OrganisationColumns;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The directory's organisations as a workbook, the CSV's columns typed so that a French spreadsheet keeps them:
 * codes (INSEE, SIRET) as text with their leading zeros, coordinates and quality as numbers, the last check as a
 * date shown day/month/year.
 */
final class OrganisationsWorkbook implements AutoCloseable {
    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int line;

    OrganisationsWorkbook(OutputStream out, String sheetName) {
        workbook = new Workbook(out, "Passerelle", "1.0");
        sheet = workbook.newWorksheet(sheetName);
        List<String> columns = OrganisationColumns.ALL;
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        sheet.width(1, 40);
        sheet.width(6, 60);
    }

    /** One organisation's values: a text, a number or a date each, or null for an empty cell. */
    void row(List<Object> values) {
        line++;
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(line, column, number);
            } else if (value instanceof LocalDate day) {
                sheet.value(line, column, day);
                sheet.style(line, column).format("dd/mm/yyyy").set();
            } else if (value != null) {
                sheet.value(line, column, value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
