package fr.passerelle.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French synonyms and abbreviations that the directory, the offers and the library read into a search's words
 * (the list: {@code common/search-synonyms.txt}). PostgreSQL's synonym and thesaurus dictionaries are files in the
 * server's own folder, which neither the embedded server nor a managed one lets the application install; so the
 * typed words are read here: "kiné à Die" finds what has "Die" and one of "kiné", "kinésithérapeute",
 * "masseur-kinésithérapeute" or "kinésithérapie", each part read by {@code websearch_to_tsquery} as before.
 */
public final class SearchSynonyms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Phrases in quotes and "or" between words: such a search is read exactly as typed. */
    private static final Pattern OPERATORS = Pattern.compile("\"|(?i)(^|\\s)or(\\s|$)");

    private static final SearchSynonyms FRENCH = load("/common/search-synonyms.txt");

    /** Each term as its words (normalised), with the group it belongs to. */
    private final Map<List<String>, List<String>> groupOf = new HashMap<>();

    private final Set<List<String>> duplicates = new LinkedHashSet<>();
    private final int longestTerm;

    SearchSynonyms(List<List<String>> groups) {
        int longest = 1;
        for (List<String> group : groups) {
            for (String term : group) {
                List<String> words = words(term);
                if (groupOf.put(words, group) != null) {
                    duplicates.add(words);
                }
                longest = Math.max(longest, words.size());
            }
        }
        this.longestTerm = longest;
    }

    /**
     * The search's words with their synonyms, as SQL: the expression to put where the search's
     * {@code websearch_to_tsquery('french_unaccent', :words)} was, and the values of its parameters, named after
     * {@code name} ({@code name0}, {@code name1}…).
     */
    public static Query query(String name, String typed) {
        return Query.of(name, FRENCH.read(typed));
    }

    /** How the list reads a search. */
    static Reading reading(String typed) {
        return FRENCH.read(typed);
    }

    /** Terms of the list named in two groups (a term reads as one group only). */
    static Set<List<String>> duplicateTerms() {
        return FRENCH.duplicates;
    }

    /** How a search is read: the words without synonyms as typed, and for each term of the list, its group. */
    record Reading(String rest, List<List<String>> alternatives) {}

    /** A search's words with their synonyms, as SQL. */
    public record Query(String sql, Map<String, Object> params) {

        /**
         * The words without synonyms, read as typed, and each term of the list or one of its synonyms: "kiné à Die"
         * is {@code ws('à Die') && (ws('kiné') || ws('kinésithérapeute') || …)}.
         */
        static Query of(String name, Reading reading) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put(name + 0, reading.rest());
            String words = "websearch_to_tsquery('french_unaccent', :" + name + 0 + ")";
            if (reading.alternatives().isEmpty()) {
                return new Query(words, Map.copyOf(params));
            }
            List<String> parts = new ArrayList<>(List.of(words));
            for (List<String> alternatives : reading.alternatives()) {
                List<String> any = new ArrayList<>();
                for (String term : alternatives) {
                    String param = name + params.size();
                    params.put(param, term);
                    any.add("websearch_to_tsquery('french_unaccent', :" + param + ")");
                }
                parts.add("(" + String.join(" || ", any) + ")");
            }
            return new Query("(" + String.join(" && ", parts) + ")", Map.copyOf(params));
        }
    }

    Reading read(String typed) {
        if (OPERATORS.matcher(typed).find()) {
            return new Reading(typed, List.of());
        }
        StringBuilder rest = new StringBuilder();
        List<List<String>> alternatives = new ArrayList<>();
        int from = 0;
        for (Match match : matches(typed)) {
            rest.append(typed, from, match.start()).append(' ');
            List<String> terms = new ArrayList<>();
            terms.add(typed.substring(match.start(), match.end()));
            match.group().stream()
                    .filter(term -> !term.equals(match.term()))
                    .map(term -> term.replace('-', ' '))
                    .forEach(terms::add);
            alternatives.add(List.copyOf(terms));
            from = match.end();
        }
        rest.append(typed.substring(from));
        return new Reading(alternatives.isEmpty() ? typed : rest.toString().strip(), List.copyOf(alternatives));
    }

    /** The typed words that are terms of the list, the longest term first, left to right. */
    private List<Match> matches(String typed) {
        List<Token> tokens = tokens(typed);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = longestAt(typed, tokens, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i += match.words();
            }
        }
        return matches;
    }

    private Match longestAt(String typed, List<Token> tokens, int first) {
        if (excluded(typed, tokens.get(first).start())) {
            return null;
        }
        for (int n = Math.min(longestTerm, tokens.size() - first); n >= 1; n--) {
            List<String> words =
                    tokens.subList(first, first + n).stream().map(Token::word).toList();
            List<String> group = groupOf.get(words);
            if (group != null) {
                String term = group.stream()
                        .filter(candidate -> words(candidate).equals(words))
                        .findFirst()
                        .orElseThrow();
                return new Match(
                        tokens.get(first).start(), tokens.get(first + n - 1).end(), n, term, group);
            }
        }
        return null;
    }

    /** A word after a hyphen that starts the text or follows a space is excluded by {@code websearch_to_tsquery}. */
    private static boolean excluded(String typed, int start) {
        return start > 0
                && typed.charAt(start - 1) == '-'
                && (start == 1 || Character.isWhitespace(typed.charAt(start - 2)));
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new Token(normalised(word.group()), word.start(), word.end()));
        }
        return tokens;
    }

    private static List<String> words(String term) {
        return tokens(term).stream().map(Token::word).toList();
    }

    /** Lower case, without accents, ligatures spelt out, a plural's final s or x dropped. */
    static String normalised(String word) {
        String plain = Normalizer.normalize(word.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("æ", "ae");
        return plain.length() > 3 && (plain.endsWith("s") || plain.endsWith("x"))
                ? plain.substring(0, plain.length() - 1)
                : plain;
    }

    private record Token(String word, int start, int end) {}

    private record Match(int start, int end, int words, String term, List<String> group) {}

    private static SearchSynonyms load(String resource) {
        try (InputStream in = SearchSynonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<List<String>> groups = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split(","))
                            .map(String::strip)
                            .filter(term -> !term.isEmpty())
                            .toList())
                    .toList();
            return new SearchSynonyms(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
