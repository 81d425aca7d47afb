package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchSynonymsTests {

    private static SearchSynonyms.Reading read(String typed) {
        return SearchSynonyms.reading(typed);
    }

    @Test
    void anAbbreviationAlsoSearchesItsFullWords() {
        SearchSynonyms.Reading reading = read("kiné à Die");
        assertThat(reading.rest()).isEqualTo("à Die");
        assertThat(reading.alternatives()).singleElement().satisfies(terms -> assertThat(terms)
                .startsWith("kiné")
                .contains("kinésithérapeute", "masseur kinésithérapeute"));
    }

    @Test
    void accentsCaseAndPluralsDoNotMatter() {
        assertThat(read("KINES").alternatives())
                .singleElement()
                .satisfies(terms -> assertThat(terms).startsWith("KINES").contains("kinésithérapeute"));
        assertThat(read("Cafés associatifs").alternatives()).singleElement().satisfies(terms -> assertThat(terms)
                .contains("épicerie bar", "bistrot de pays"));
    }

    @Test
    void theLongestTermIsReadFirst() {
        assertThat(read("café associatif").alternatives()).singleElement().satisfies(terms -> assertThat(terms)
                .contains("café de village")
                .doesNotContain("bar", "association"));
    }

    @Test
    void twoTermsInOneSearchEachHaveTheirSynonyms() {
        SearchSynonyms.Reading reading = read("reprise boulangerie Drôme");
        assertThat(reading.rest()).isEqualTo("Drôme");
        assertThat(reading.alternatives()).hasSize(2);
        assertThat(reading.alternatives().get(0)).contains("transmission", "cession");
        assertThat(reading.alternatives().get(1)).contains("boulanger", "fournil");
    }

    @Test
    void wordsWithoutSynonymsExcludedWordsPhrasesAndOrAreReadAsTyped() {
        assertThat(read("maison forestière"))
                .isEqualTo(new SearchSynonyms.Reading("maison forestière", java.util.List.of()));
        assertThat(read("santé -kiné").alternatives()).isEmpty();
        assertThat(read("\"kiné\" Die").alternatives()).isEmpty();
        assertThat(read("kiné or ostéo").alternatives()).isEmpty();
        assertThat(read("").rest()).isEmpty();
    }

    @Test
    void theQueryJoinsTheWordsAndEachTermsAlternatives() {
        SearchSynonyms.Query plain = SearchSynonyms.query("w", "maison forestière");
        assertThat(plain.sql()).isEqualTo("websearch_to_tsquery('french_unaccent', :w0)");
        assertThat(plain.params()).containsExactlyEntriesOf(java.util.Map.of("w0", "maison forestière"));
        SearchSynonyms.Query kine = SearchSynonyms.query("w", "kiné Die");
        assertThat(kine.sql())
                .startsWith(
                        "(websearch_to_tsquery('french_unaccent', :w0) && (websearch_to_tsquery('french_unaccent', :w1) || ");
        assertThat(kine.params())
                .containsEntry("w0", "Die")
                .containsEntry("w1", "kiné")
                .containsValue("kinésithérapeute");
    }

    @Test
    void noTermBelongsToTwoGroups() {
        assertThat(SearchSynonyms.normalised("Kinés")).isEqualTo("kine");
        assertThat(SearchSynonyms.duplicateTerms()).isEmpty();
    }
}
