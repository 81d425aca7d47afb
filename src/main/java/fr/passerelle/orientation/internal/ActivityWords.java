package fr.passerelle.orientation.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that say what an activity is (épicerie, boulanger, tiers-lieu, Scop), compared by their first six letters
 * without accents, so that boulangerie meets boulanger and associative meets associatif. Words that any project or
 * scheme uses (créer, accompagnement, projet, village...) and short words say nothing and are left out.
 */
public final class ActivityWords {

    private static final int STEM = 6;
    private static final int SHORTEST = 4;

    private static final Set<String> SAY_NOTHING = Set.copyOf(List.of(
            "accomp", "creati", "creer", "entrep", "projet", "porteu", "repris", "repren", "instal", "activi", "villag",
            "commun", "territ", "besoin", "cherch", "famill", "nouvea", "ville", "avec", "pour", "dans", "sans", "nous",
            "notre", "vous", "votre", "leur", "leurs", "plus", "tout", "tous", "toute", "toutes", "etre", "faire",
            "depuis", "encore", "avant", "apres", "autour", "pres", "bien", "aide", "aides", "appui", "reseau",
            "nation", "region", "depart", "rural", "rurale", "ruraux", "locale", "locaux", "servic", "develo", "soutie",
            "progra", "dispos", "struct", "person", "habita", "ancien", "veux", "voudr", "souhai", "lancer", "ouvrir",
            "monter", "porter", "portee", "porte", "aupres", "entre", "cette", "leurs", "quart", "petit", "petite",
            "grand", "grande", "mettre", "place", "partir", "faire", "sont", "avoir", "ayant", "deux", "trois", "debut",
            "debute", "depuis", "idee", "etude", "emerge", "france", "auverg", "rhone", "alpes"));

    private ActivityWords() {}

    /** The stems of the words that say what the text's activity is. */
    public static Set<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) {
            stems.add(stem(word));
        }
        return stems;
    }

    /** The words of the text (as written, lower-cased) whose stems are among these, each once. */
    public static List<String> shared(Set<String> stems, String text) {
        Set<String> shared = new LinkedHashSet<>();
        if (!stems.isEmpty() && text != null) {
            for (String word : text.toLowerCase(Locale.FRENCH).split("[^\\p{L}]+")) {
                if (word.length() >= SHORTEST && stems.contains(stem(fold(word)))) {
                    shared.add(word);
                }
            }
        }
        return List.copyOf(shared);
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(fold(text).split("[^a-z]+"))
                .filter(word -> word.length() >= SHORTEST && !SAY_NOTHING.contains(stem(word)))
                .toList();
    }

    private static String stem(String folded) {
        return folded.length() <= STEM ? folded : folded.substring(0, STEM);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
