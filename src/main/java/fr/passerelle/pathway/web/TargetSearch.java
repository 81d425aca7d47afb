package fr.passerelle.pathway.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryQuery;
import fr.passerelle.directory.Organisation;
import fr.passerelle.territory.CommuneMatch;
import fr.passerelle.territory.Territories;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The whole directory searched for a referral's target, by name and commune: "CCI" finds the chambers by their name,
 * "Die" the structures covering Die (the most local first), "CCI Die" the chambers covering Die. The words are the
 * directory's own search (accents, plurals and misspellings forgiven).
 */
@Component
record TargetSearch(Directory directory, Territories territories) {

    /** Fewer letters find too much to read. */
    static final int MIN_LENGTH = 2;

    static final int LIMIT = 20;

    /** The structures found, best first; none for a search too short. */
    List<Organisation> find(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_LENGTH) {
            return List.of();
        }
        return directory.allOrganisations(whereAndWhat(text), LIMIT);
    }

    /** The commune named at the end of the text, if any, and the words before it. */
    private DirectoryQuery whereAndWhat(String text) {
        String[] words = text.split("\\s+");
        // Commune names run to a few words ("Saint-Julien-Molin-Molette" is one, "Le Puy en Velay" four).
        for (int start = Math.max(0, words.length - 4); start < words.length; start++) {
            String place = String.join(" ", List.of(words).subList(start, words.length));
            Optional<CommuneMatch> commune = commune(place);
            if (commune.isPresent()) {
                String rest = String.join(" ", List.of(words).subList(0, start));
                return DirectoryQuery.all().withCommune(commune.get().code()).withText(rest);
            }
        }
        return DirectoryQuery.all().withText(text);
    }

    /** The commune of exactly that name or postal code ("saint etienne" is Saint-Étienne), not a near one. */
    private Optional<CommuneMatch> commune(String place) {
        return territories.searchCommunes(place, 5).stream()
                .filter(match -> plain(match.name()).equals(plain(place))
                        || match.postalCodes().contains(place))
                .findFirst();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[-'’\\s]+", " ")
                .strip();
    }
}
