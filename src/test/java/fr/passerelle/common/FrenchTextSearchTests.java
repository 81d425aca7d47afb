package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class FrenchTextSearchTests {

    @Autowired
    JdbcClient jdbc;

    private boolean matches(String document, String query) {
        return jdbc.sql(
                        "select to_tsvector('french_unaccent', :document) @@ plainto_tsquery('french_unaccent', :query)")
                .param("document", document)
                .param("query", query)
                .query(Boolean.class)
                .single();
    }

    @Test
    void pluralWithoutAccentFindsSingularWithAccent() {
        assertThat(matches("Épicerie solidaire du Diois", "épiceries")).isTrue();
        assertThat(matches("Epiceries de village", "épicerie")).isTrue();
    }

    @Test
    void queryWithoutAccentFindsAccentedWord() {
        assertThat(matches("Un tiers-lieu éco-responsable", "eco")).isTrue();
        assertThat(matches("Création d'activité", "creation activites")).isTrue();
    }

    @Test
    void unrelatedWordsDoNotMatch() {
        assertThat(matches("Épicerie solidaire", "boulangerie")).isFalse();
    }

    @Test
    void searchNormalizeFoldsCaseAccentsAndPunctuation() {
        String normalized = jdbc.sql("select search_normalize('  Saint-Étienne-de-l''Œuf ')")
                .query(String.class)
                .single();
        assertThat(normalized).isEqualTo("saint etienne de l oeuf");
    }

    @Test
    void trigramSimilarityIsAvailable() {
        Double similarity = jdbc.sql("select similarity('epicerie', 'epicrie')::float8")
                .query(Double.class)
                .single();
        assertThat(similarity).isGreaterThan(0.4);
    }
}
