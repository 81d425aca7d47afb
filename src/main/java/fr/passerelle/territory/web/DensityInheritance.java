package fr.passerelle.territory.web;

import fr.passerelle.territory.Commune;
import fr.passerelle.territory.MergedCommune;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** The sentence that says where a merged commune's density class comes from, for its page and the API. */
final class DensityInheritance {

    private DensityInheritance() {}

    /** "Classe héritée des communes fusionnées : …", or null for a commune the grid classifies itself. */
    static String text(Commune commune, MessageSource messages, Locale locale) {
        if (commune.densityInheritedFrom().isEmpty()) {
            return null;
        }
        String parts = commune.densityInheritedFrom().stream()
                .map(part -> part(part, messages, locale))
                .collect(Collectors.joining(", "));
        return messages.getMessage("commune.densityInherited", new Object[] {parts}, locale);
    }

    private static String part(MergedCommune part, MessageSource messages, Locale locale) {
        return part.population() == null
                ? messages.getMessage(
                        "commune.densityInherited.partNoPopulation",
                        new Object[] {part.name(), part.densityLevel()},
                        locale)
                : messages.getMessage(
                        "commune.densityInherited.part",
                        new Object[] {part.name(), part.densityLevel(), part.population()},
                        locale);
    }
}
