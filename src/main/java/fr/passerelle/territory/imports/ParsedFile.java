package fr.passerelle.territory.imports;

import static fr.passerelle.territory.imports.ImportRejectedException.message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;

/** The values read from a reference file, one entry per commune code, and the problems found on the way. */
final class ParsedFile {

    static final int MAX_PROBLEMS = 50;
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern CODE_WITHOUT_LEADING_ZERO = Pattern.compile("[1-9][0-9]{3}");

    final List<String[]> values = new ArrayList<>();
    private final List<MessageSourceResolvable> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfCode = new HashMap<>();
    private int problemCount;

    /** Reads the rows that have the header's shape with the reader; a row cut or of another width is a problem. */
    static ParsedFile read(Table table, BiConsumer<ParsedFile, Table.Row> reader) {
        ParsedFile parsed = new ParsedFile();
        int width = table.header().size();
        for (Table.Row row : table.rows()) {
            if (table.isCut(row)) {
                parsed.problem(row, "imports.problem.cut");
            } else if (row.cells().size() != width) {
                parsed.problem(row, "imports.problem.columns", row.cells().size(), width);
            } else {
                reader.accept(parsed, row);
            }
        }
        return parsed;
    }

    /** Adds a commune's values, or a problem when its code is not a commune code or comes twice. */
    void add(Table.Row row, String rawCode, String... columns) {
        String code = rawCode.toUpperCase();
        if (CODE_WITHOUT_LEADING_ZERO.matcher(code).matches()) {
            code = "0" + code; // a spreadsheet dropped the leading zero of 01001
        }
        if (!COMMUNE_CODE.matcher(code).matches()) {
            problem(row, "imports.problem.code", rawCode);
            return;
        }
        Integer previous = lineOfCode.putIfAbsent(code, row.line());
        if (previous != null) {
            problem(row, "imports.problem.duplicate", code, String.valueOf(previous));
            return;
        }
        String[] entry = new String[columns.length + 1];
        entry[0] = code;
        System.arraycopy(columns, 0, entry, 1, columns.length);
        values.add(entry);
    }

    void problem(Table.Row row, String key, Object... arguments) {
        if (++problemCount <= MAX_PROBLEMS) {
            problems.add(message("imports.problem.line", String.valueOf(row.line()), message(key, arguments)));
        }
    }

    /** Refuses the whole file when any row was wrong: nothing is half-imported. */
    void rejectIfProblems() {
        if (problemCount == 0) {
            return;
        }
        List<MessageSourceResolvable> all = new ArrayList<>();
        all.add(message("imports.problem.summary", problemCount));
        all.addAll(problems);
        if (problemCount > MAX_PROBLEMS) {
            all.add(message("imports.problem.more", problemCount - MAX_PROBLEMS));
        }
        throw new ImportRejectedException(all);
    }
}
