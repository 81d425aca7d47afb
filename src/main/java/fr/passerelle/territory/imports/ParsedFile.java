package fr.passerelle.territory.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The values read from a reference file, one entry per commune code, and the problems found on the way. */
final class ParsedFile {

    static final int MAX_PROBLEMS = 50;
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern CODE_WITHOUT_LEADING_ZERO = Pattern.compile("[1-9][0-9]{3}");

    final List<String[]> values = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfCode = new HashMap<>();
    private int problemCount;

    /** Adds a commune's values, or a problem when its code is not a commune code or comes twice. */
    void add(Table.Row row, String rawCode, String... columns) {
        String code = rawCode.toUpperCase();
        if (CODE_WITHOUT_LEADING_ZERO.matcher(code).matches()) {
            code = "0" + code; // a spreadsheet dropped the leading zero of 01001
        }
        if (!COMMUNE_CODE.matcher(code).matches()) {
            problem(row, "code commune « " + rawCode + " » invalide (5 caractères attendus, par exemple 26113)");
            return;
        }
        Integer previous = lineOfCode.putIfAbsent(code, row.line());
        if (previous != null) {
            problem(row, "la commune " + code + " figure déjà ligne " + previous);
            return;
        }
        String[] entry = new String[columns.length + 1];
        entry[0] = code;
        System.arraycopy(columns, 0, entry, 1, columns.length);
        values.add(entry);
    }

    void problem(Table.Row row, String message) {
        if (++problemCount <= MAX_PROBLEMS) {
            problems.add("Ligne " + row.line() + " : " + message + ".");
        }
    }

    /** Refuses the whole file when any row was wrong: nothing is half-imported. */
    void rejectIfProblems() {
        if (problemCount == 0) {
            return;
        }
        List<String> all = new ArrayList<>();
        all.add(problemCount + " ligne(s) en erreur : le fichier n'a pas été importé, rien n'a été modifié.");
        all.addAll(problems);
        if (problemCount > MAX_PROBLEMS) {
            all.add("… et " + (problemCount - MAX_PROBLEMS) + " autre(s) erreur(s).");
        }
        throw new ImportRejectedException(all);
    }
}
