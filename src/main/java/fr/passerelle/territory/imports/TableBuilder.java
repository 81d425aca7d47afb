package fr.passerelle.territory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import lombok.RequiredArgsConstructor;

/** Finds the header among the first rows of a file, then keeps the data rows under it. */
@RequiredArgsConstructor
final class TableBuilder {

    private static final int HEADER_SEARCH_ROWS = 30;

    private final Predicate<List<String>> isHeader;
    private final List<Table.Row> rows = new ArrayList<>();
    private List<String> header;
    private int headerLine;
    private int skipped;

    /** Takes the next row; false once too many rows went by without a header. */
    boolean add(int line, List<String> cells) {
        if (header != null) {
            rows.add(new Table.Row(line, cells));
        } else if (isHeader.test(cells)) {
            header = cells;
            headerLine = line;
        } else {
            return ++skipped <= HEADER_SEARCH_ROWS;
        }
        return true;
    }

    /** A spreadsheet row as wide as the header: a workbook stores no empty cells at the end of a row. */
    List<String> spreadsheetRow(List<String> cells) {
        List<String> row = new ArrayList<>(cells);
        while (header != null && row.size() > header.size() && isBlank(row.get(row.size() - 1))) {
            row.remove(row.size() - 1);
        }
        while (header != null && row.size() < header.size()) {
            row.add("");
        }
        return row;
    }

    boolean hasHeader() {
        return header != null;
    }

    /** The line of the last row read, the header's when there is none. */
    int lastLine() {
        return rows.isEmpty() ? headerLine : rows.get(rows.size() - 1).line();
    }

    Optional<Table> table(boolean lastLineComplete) {
        return Optional.ofNullable(header).map(h -> new Table(h, List.copyOf(rows), lastLineComplete));
    }

    private static boolean isBlank(String cell) {
        return cell == null || cell.isBlank();
    }
}
