package fr.passerelle.territory.imports;

import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet read from a CSV or XLSX file: its header and its data rows with their line numbers.
 *
 * @param lastLineComplete false when the file ends in the middle of its last line (no line break after it)
 */
record Table(List<String> header, List<Row> rows, boolean lastLineComplete) {

    /** The position of a column, its name compared without regard to case; -1 when absent. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The first column whose name matches the pattern, ignoring case; null when none does. */
    String columnMatching(String regex) {
        return header.stream()
                .map(String::strip)
                .filter(name -> name.toUpperCase(Locale.ROOT).matches(regex))
                .findFirst()
                .orElse(null);
    }

    /** Whether the row is the last one and the file stops before its end. */
    boolean isCut(Row row) {
        return !lastLineComplete && row == rows.get(rows.size() - 1);
    }

    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() && cells.get(column) != null
                    ? cells.get(column).strip()
                    : "";
        }
    }
}
