package fr.passerelle.territory.imports;

import static fr.passerelle.territory.imports.ImportRejectedException.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSourceResolvable;

/**
 * A list of commune codes as a network produces it from a spreadsheet: one INSEE code a line, or a column named
 * {@code code}, {@code codgeo} or {@code insee} among others, separated by {@code ;} or {@code ,}, in UTF-8 or
 * Windows-1252; a code that lost its leading zero (4 digits) is read as its 5-digit form. Every line is checked, and
 * the file is refused whole, each wrong line named, when one is wrong.
 */
public final class CommuneCodeFile {

    /** The names a column of commune codes goes by, compared without case, spaces or underscores. */
    private static final Set<String> CODE_COLUMNS =
            Set.of("code", "codgeo", "insee", "codeinsee", "codecommune", "codecommuneinsee", "depcom", "com");

    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern CODE_WITHOUT_LEADING_ZERO = Pattern.compile("[1-9][0-9]{3}");

    private final Map<String, Integer> lineOfCode = new LinkedHashMap<>();
    private final List<MessageSourceResolvable> problems = new ArrayList<>();
    private int problemCount;

    private CommuneCodeFile() {}

    /**
     * The codes of the file, in its order, once each is checked against the current communes.
     *
     * @param existing the codes, among those given, of current communes
     * @throws ImportRejectedException when the file is empty, has no column of codes, or any line is wrong
     */
    public static List<String> read(
            byte[] content, String fileName, Function<Collection<String>, Set<String>> existing) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException("imports.problem.empty", fileName);
        }
        CommuneCodeFile file = new CommuneCodeFile();
        file.parse(TableReader.decode(content), fileName, true);
        file.checkKnown(existing);
        file.rejectIfProblems();
        return List.copyOf(file.lineOfCode.keySet());
    }

    /** The codes typed in a text area, one a line (or separated by commas, semicolons or spaces), checked the same. */
    public static List<String> typed(String text, Function<Collection<String>, Set<String>> existing) {
        String lines = text == null ? "" : text.strip();
        if (lines.isEmpty()) {
            return List.of();
        }
        CommuneCodeFile file = new CommuneCodeFile();
        file.parse(lines + "\n", "", false);
        file.checkKnown(existing);
        file.rejectIfProblems();
        return List.copyOf(file.lineOfCode.keySet());
    }

    private void parse(String text, String fileName, boolean withHeader) {
        String[] lines = text.split("\\R", -1);
        char separator = TableReader.separator(text);
        int column = withHeader ? -1 : 0;
        boolean found = !withHeader;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (!withHeader) {
                for (String token : lines[i].strip().split("[,;\\s]+")) {
                    add(i + 1, token);
                }
                continue;
            }
            List<String> cells = cells(lines[i], separator);
            if (!found) {
                found = true;
                column = codeColumn(cells);
                if (column >= 0) {
                    continue; // the header
                }
                if (cells.size() != 1) {
                    throw new ImportRejectedException("perimeters.csv.column", String.join(" ; ", cells));
                }
                column = 0;
                if (!looksLikeCode(cells.get(0))) {
                    throw new ImportRejectedException("perimeters.csv.column", cells.get(0));
                }
            }
            add(i + 1, column < cells.size() ? cells.get(column) : "");
        }
        if (!found || lineOfCode.isEmpty() && problemCount == 0) {
            throw new ImportRejectedException("imports.problem.noCommune", fileName);
        }
    }

    private static List<String> cells(String line, char separator) {
        try {
            CSVRecord record = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .get()
                    .parse(new java.io.StringReader(line))
                    .getRecords()
                    .get(0);
            return record.toList().stream().map(String::strip).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException unquoted) {
            return List.of(line.split(Pattern.quote(String.valueOf(separator)), -1)).stream()
                    .map(cell -> cell.strip().replace("\"", ""))
                    .toList();
        }
    }

    private static int codeColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
            if (CODE_COLUMNS.contains(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeCode(String cell) {
        return cell.matches("[0-9][0-9AaBb][0-9]{2,3}(\\.0+)?");
    }

    private void add(int line, String cell) {
        if (cell.isEmpty()) {
            problem(line, message("perimeters.csv.blank"));
            return;
        }
        String code = cell.toUpperCase(Locale.ROOT).replaceAll("\\.0+$", "");
        if (CODE_WITHOUT_LEADING_ZERO.matcher(code).matches()) {
            code = "0" + code; // a spreadsheet dropped the leading zero of 01001
        }
        if (!COMMUNE_CODE.matcher(code).matches()) {
            problem(line, message("imports.problem.code", cell));
            return;
        }
        Integer previous = lineOfCode.putIfAbsent(code, line);
        if (previous != null) {
            problem(line, message("imports.problem.duplicate", code, String.valueOf(previous)));
        }
    }

    private void checkKnown(Function<Collection<String>, Set<String>> existing) {
        Set<String> known = lineOfCode.isEmpty() ? Set.of() : existing.apply(List.copyOf(lineOfCode.keySet()));
        lineOfCode.forEach((code, line) -> {
            if (!known.contains(code)) {
                problem(line, message("perimeters.csv.unknown", code));
            }
        });
    }

    private void problem(int line, MessageSourceResolvable what) {
        if (++problemCount <= ParsedFile.MAX_PROBLEMS) {
            problems.add(message("imports.problem.line", String.valueOf(line), what));
        }
    }

    private void rejectIfProblems() {
        if (problemCount == 0) {
            return;
        }
        List<MessageSourceResolvable> all = new ArrayList<>();
        all.add(message("perimeters.csv.summary", problemCount));
        problems.sort(java.util.Comparator.comparingInt(CommuneCodeFile::lineOf));
        all.addAll(problems);
        if (problemCount > ParsedFile.MAX_PROBLEMS) {
            all.add(message("imports.problem.more", problemCount - ParsedFile.MAX_PROBLEMS));
        }
        throw new ImportRejectedException(all);
    }

    private static int lineOf(MessageSourceResolvable problem) {
        return Integer.parseInt(String.valueOf(problem.getArguments()[0]));
    }
}
