package fr.passerelle.programmes.internal;

import fr.passerelle.common.SpreadsheetCells;
import fr.passerelle.programmes.internal.PublicStatistics.Cell;
import fr.passerelle.programmes.internal.PublicStatistics.Kind;
import fr.passerelle.programmes.internal.PublicStatistics.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The public figures as CSV for French spreadsheets: a row per figure, a column per year, counts as numbers and
 * withheld ones in words ("moins de 5"), formulas neutralised.
 */
@Component
public record PublicStatisticsCsv(MessageSource messages) {

    private static final Locale FRENCH = Locale.FRENCH;

    public String csv(PublicStatistics statistics) {
        StringBuilder csv = new StringBuilder("\ufeff");
        List<String> head = new ArrayList<>(List.of(messages.getMessage("publicStatistics.figure", null, FRENCH)));
        statistics.years().forEach(year -> head.add(String.valueOf(year)));
        line(csv, head);
        for (Row row : statistics.rows()) {
            List<String> cells = new ArrayList<>(List.of(messages.getMessage(row.label(), FRENCH)));
            row.cells().forEach(cell -> cells.add(cell(cell)));
            line(csv, cells);
        }
        return csv.toString();
    }

    /** What was wrong with the years asked, in French, one line each. */
    public String refusal(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(error -> messages.getMessage(error, FRENCH))
                .collect(Collectors.joining("\n"));
    }

    private String cell(Cell cell) {
        return cell.kind() == Kind.COUNT
                ? String.valueOf(cell.value())
                : messages.getMessage(cell.shown(), FRENCH).replace('\u00a0', ' ');
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(PublicStatisticsCsv::quoted).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    private static String quoted(String value) {
        String text = SpreadsheetCells.guarded(value == null ? "" : value);
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
