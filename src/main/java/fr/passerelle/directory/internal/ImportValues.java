package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.UnknownTerritoryException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the values of an imported row as people write them: vocabulary values by code or by their
 * French or English label, accents and case aside; coverage as {@link OrganisationColumns} writes it.
 */
@Component
record ImportValues(MessageSource messages, Territories territories) {
    <E extends Enum<E> & Vocabulary> Optional<E> vocabulary(Class<E> type, String value) {
        String wanted = normalise(value);
        Map<String, E> known = new HashMap<>();
        for (E candidate : type.getEnumConstants()) {
            known.put(normalise(candidate.code()), candidate);
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                known.put(normalise(messages.getMessage(candidate.messageKey(), null, "", locale)), candidate);
            }
        }
        known.remove("");
        return Optional.ofNullable(known.get(wanted));
    }

    /** The French labels of a vocabulary, as a person would pick them from the template's list. */
    <E extends Enum<E> & Vocabulary> String labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> messages.getMessage(value.messageKey(), null, value.code(), Locale.FRENCH))
                .collect(java.util.stream.Collectors.joining(" ; "));
    }

    /** The perimeters of a coverage cell; the tokens not understood are returned in {@code wrong}. */
    List<UUID> coverage(String cell, List<String> wrong) {
        List<UUID> ids = new ArrayList<>();
        for (String token : split(cell)) {
            perimeter(token).ifPresentOrElse(p -> ids.add(p.id()), () -> wrong.add(token));
        }
        return ids;
    }

    private Optional<Perimeter> perimeter(String token) {
        String[] parts = token.split(":", 2);
        String kind = parts[0].strip().toLowerCase(Locale.ROOT);
        try {
            if (kind.equals("france")) {
                return Optional.of(territories.officialPerimeter(PerimeterKind.FRANCE, Territories.FRANCE));
            }
            if (parts.length < 2) {
                return Optional.empty();
            }
            String code = parts[1].strip();
            if (kind.equals("perimetre")) {
                return territories.perimeter(UUID.fromString(code));
            }
            PerimeterKind official = PerimeterKind.valueOf(kind.toUpperCase(Locale.ROOT));
            return official.official() && official != PerimeterKind.FRANCE
                    ? Optional.of(territories.officialPerimeter(official, code.toUpperCase(Locale.ROOT)))
                    : Optional.empty();
        } catch (IllegalArgumentException | UnknownTerritoryException unknown) {
            return Optional.empty();
        }
    }

    /** The values of a list cell, separated by vertical bars (as the export writes them) or by commas. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(cell.contains("|") ? "\\|" : ","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
