package fr.passerelle.people.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person's export as a French spreadsheet reads it (UTF-8 with its mark, semicolons): one line per value, under
 * "Partie", "Élément", "Champ", "Valeur"; parts and fields in words, moments in Paris time, a nested list's values
 * under their path ("demandes 1 · référence"), no cell a spreadsheet would compute.
 */
@Component
@RequiredArgsConstructor
class PersonCsv {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm");
    private static final Pattern DATABASE_MOMENT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");
    private static final Pattern CODE = Pattern.compile("[a-z_]{2,40}");

    private final MessageSource messages;

    void write(Map<String, Object> export, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader("Partie", "Élément", "Champ", "Valeur")
                .get()
                .print(writer)) {
            for (Map.Entry<String, Object> part : export.entrySet()) {
                String title = label(part.getKey());
                if (part.getValue() instanceof Collection<?> items) {
                    int n = 0;
                    for (Object item : items) {
                        n++;
                        fields(csv, title, n, "", item);
                    }
                } else {
                    csv.printRecord(title, "", "", cell(part.getValue()));
                }
            }
        }
    }

    private void fields(CSVPrinter csv, String part, int n, String path, Object item) throws IOException {
        if (!(item instanceof Map<?, ?> map)) {
            csv.printRecord(part, n, path, cell(item));
            return;
        }
        for (Map.Entry<?, ?> field : map.entrySet()) {
            String name = String.valueOf(field.getKey());
            String label = path + label(name);
            if (field.getValue() instanceof Collection<?> values) {
                int m = 0;
                for (Object value : values) {
                    m++;
                    fields(csv, part, n, label + " " + m + " · ", value);
                }
            } else if (field.getValue() != null) {
                csv.printRecord(part, n, label, cell(field.getValue()));
            }
        }
    }

    /** A part's or field's name in words: the people's own, else the holder's export's, else itself. */
    private String label(String name) {
        for (String key : List.of("people.export.field.", "space.export.field.", "space.export.part.")) {
            String label = messages.getMessage(key + name, null, null, Locale.FRENCH);
            if (label != null) {
                return label;
            }
        }
        return name.replace('_', ' ');
    }

    /** A code ("weekly", "confirmed") in words, as the holder's export and the people's page say it. */
    private String code(String text) {
        if (!CODE.matcher(text).matches()) {
            return text;
        }
        String words = messages.getMessage("space.export.value." + text, null, null, Locale.FRENCH);
        return words != null ? words : messages.getMessage("people.state." + text, null, text, Locale.FRENCH);
    }

    private String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (DATABASE_MOMENT.matcher(text).matches()) {
            text = MOMENT.format(
                    Timestamp.valueOf(text).toInstant().atOffset(ZoneOffset.UTC).atZoneSameInstant(Paris.ZONE));
        } else {
            try {
                text = MOMENT.format(OffsetDateTime.parse(text).atZoneSameInstant(Paris.ZONE));
            } catch (DateTimeParseException notAMoment) {
                text = code(text);
            }
        }
        return SpreadsheetCells.guarded(text);
    }
}
