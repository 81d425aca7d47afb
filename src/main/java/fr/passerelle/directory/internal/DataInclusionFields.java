package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** A data·inclusion item's fields: a missing or null field keeps the value given; a field of the wrong type is a problem. */
final class DataInclusionFields {
    private final JsonNode item;
    private final int line;
    private final List<ImportProblem> problems;
    private final ImportMessages messages;
    private final String prefix;

    DataInclusionFields(JsonNode item, int line, List<ImportProblem> problems, ImportMessages messages) {
        this(item, line, problems, messages, "");
    }

    /** The fields of an item of a list other than the structures: problems name the list ({@code services.frais}). */
    DataInclusionFields(JsonNode item, int line, List<ImportProblem> problems, ImportMessages messages, String prefix) {
        this.item = item;
        this.line = line;
        this.problems = problems;
        this.messages = messages;
        this.prefix = prefix;
    }

    /** A problem of this item's field. */
    void problem(String field, String value, String key, Object... arguments) {
        problems.add(messages.problem(line, prefix + field, value, key, arguments));
    }

    /**
     * A value of one of the platform's vocabularies written the schema's way ({@code en-presentiel}); a value the
     * vocabulary does not hold is a problem naming the ones it does.
     */
    <E extends Enum<E> & Vocabulary> E code(String field, Class<E> type, E kept) {
        String value = text(field, null);
        if (value == null) {
            return item.has(field) ? null : kept;
        }
        return parse(field, type, value);
    }

    /** A list of values of one of the platform's vocabularies written the schema's way. */
    <E extends Enum<E> & Vocabulary> List<E> codes(String field, Class<E> type, List<E> kept) {
        List<String> values = texts(field, null);
        if (values == null) {
            return item.has(field) ? List.of() : kept;
        }
        List<E> parsed = new ArrayList<>();
        for (String value : values) {
            E one = parse(field, type, value);
            if (one != null && !parsed.contains(one)) {
                parsed.add(one);
            }
        }
        return parsed;
    }

    private <E extends Enum<E> & Vocabulary> E parse(String field, Class<E> type, String value) {
        return Vocabulary.parse(type, value.replace('-', '_')).orElseGet(() -> {
            problem(
                    field,
                    value,
                    "directory.import.value.unknown",
                    Arrays.stream(type.getEnumConstants())
                            .map(DataInclusionExport::schemaCode)
                            .collect(Collectors.joining(", ")));
            return null;
        });
    }

    String text(String field, String kept) {
        return read(field, kept, node -> node.isString() || node.isNumber(), "directory.import.json.notText", node -> {
            String value = node.asString().strip();
            return value.isEmpty() ? null : value;
        });
    }

    Double number(String field, Double kept) {
        return read(field, kept, JsonNode::isNumber, "directory.import.number.invalid", JsonNode::asDouble);
    }

    List<String> texts(String field, List<String> kept) {
        return read(field, kept, JsonNode::isArray, "directory.import.json.notAList", node -> {
            List<String> values = new ArrayList<>();
            node.forEach(value -> values.add(value.asString()));
            return values;
        });
    }

    /** The field read from its node when the node {@code fits}; else a problem ({@code misfit}), the value kept. */
    private <T> T read(String field, T kept, Predicate<JsonNode> fits, String misfit, Function<JsonNode, T> value) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return kept;
        }
        if (!fits.test(node)) {
            problem(field, node.toString(), misfit);
            return kept;
        }
        return value.apply(node);
    }

    LocalDate date(String field) {
        String value = text(field, null);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException notADate) {
            problem(field, value, "directory.import.date.invalid");
            return null;
        }
    }
}
