package fr.passerelle.intake.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Vocabulary;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The holder's export as a page they read and print: each part of the JSON file with its title, each item's values
 * under their labels, codes and dates in words, the internal identifiers left out.
 */
record ReadableExport(String exportedAt, List<ReadableExport.Part> parts) {

    /** A part of the export: its title and its items, each a list of labelled values. */
    record Part(String title, List<List<Field>> items) {}

    record Field(String label, String value) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm");
    private static final Pattern DATABASE_MOMENT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");
    private static final Pattern IDENTIFIER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static ReadableExport of(Map<String, Object> export, MessageSource messages, Locale locale) {
        Labels labels = new Labels(messages, locale);
        List<Part> parts = new ArrayList<>();
        export.forEach((section, content) -> {
            if (content instanceof Collection<?> items) {
                parts.add(new Part(
                        labels.of("space.export.part." + section, section),
                        items.stream().map(item -> fields(item, labels)).toList()));
            }
        });
        return new ReadableExport(labels.value(export.get("exporte_le")), parts);
    }

    /** An item's values under their labels, the empty ones and identifiers left out. */
    private static List<Field> fields(Object item, Labels labels) {
        List<Field> fields = new ArrayList<>();
        entries(item).forEach((name, value) -> {
            String shown = labels.value(value);
            if (shown != null && !shown.isBlank()) {
                fields.add(new Field(labels.of("space.export.field." + name, name), shown));
            }
        });
        return fields;
    }

    private static Map<String, Object> entries(Object item) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (item instanceof Map<?, ?> map) {
            map.forEach((key, value) -> entries.put(String.valueOf(key), value));
        } else if (item != null && item.getClass().isRecord()) {
            for (RecordComponent component : item.getClass().getRecordComponents()) {
                try {
                    entries.put(component.getName(), component.getAccessor().invoke(item));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            entries.put("valeur", item);
        }
        return entries;
    }

    /** Labels and values in the reader's language. */
    private record Labels(MessageSource messages, Locale locale) {

        String of(String key, String fallback) {
            return messages.getMessage(key, null, fallback.replace('_', ' '), locale);
        }

        String value(Object value) {
            if (value == null || value instanceof UUID) {
                return null;
            }
            if (value instanceof Vocabulary vocabulary) {
                return of(vocabulary.messageKey(), vocabulary.code());
            }
            if (value instanceof Boolean yes) {
                return of(yes ? "space.export.yes" : "space.export.no", String.valueOf(yes));
            }
            if (value instanceof OffsetDateTime moment) {
                return moment.atZoneSameInstant(Paris.ZONE).format(MOMENT);
            }
            if (value instanceof LocalDate day) {
                return day.format(DAY);
            }
            if (value instanceof Collection<?> values) {
                return String.join(
                        ", ",
                        values.stream()
                                .map(this::value)
                                .filter(Objects::nonNull)
                                .toList());
            }
            return text(String.valueOf(value));
        }

        /** A date written by the JSON export in words, a code through its label if it has one; no identifier. */
        private String text(String text) {
            if (IDENTIFIER.matcher(text).matches() || "null".equals(text)) {
                return null;
            }
            if (DATABASE_MOMENT.matcher(text).matches()) {
                // A moment as the database driver writes it, in the platform's zone.
                return value(Timestamp.valueOf(text).toInstant().atOffset(ZoneOffset.UTC));
            }
            try {
                return value(OffsetDateTime.parse(text));
            } catch (DateTimeParseException notAMoment) {
                try {
                    return value(LocalDate.parse(text));
                } catch (DateTimeParseException notADay) {
                    return text.matches("[a-z_]{2,40}") ? of("space.export.value." + text, text) : text;
                }
            }
        }
    }
}
