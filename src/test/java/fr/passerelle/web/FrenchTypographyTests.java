package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTypographyTests {

    @Test
    void flagsAnOrdinarySpaceBeforeAHighMarkOrInsideGuillemets() {
        assertThat(FrenchTypography.breaches("Attention : erreur")).hasSize(1);
        assertThat(FrenchTypography.breaches("Pourquoi ?")).hasSize(1);
        assertThat(FrenchTypography.breaches("oui ; non")).hasSize(1);
        assertThat(FrenchTypography.breaches("le mot « café »")).hasSize(2);
        assertThat(FrenchTypography.breaches("Oui\u202f!")).hasSize(1);
    }

    @Test
    void flagsAMissingSpace() {
        assertThat(FrenchTypography.breaches("Attention: erreur")).hasSize(1);
        assertThat(FrenchTypography.breaches("Vraiment?")).hasSize(1);
        assertThat(FrenchTypography.breaches("(voir plus bas):")).hasSize(1);
        assertThat(FrenchTypography.breaches("le mot «café»")).hasSize(2);
    }

    @Test
    void acceptsFrenchTypography() {
        assertThat(FrenchTypography.breaches(
                        "Attention\u00a0: le mot «\u00a0café\u00a0» compte\u00a0; vraiment\u00a0?"))
                .isEmpty();
    }

    @Test
    void leavesAddressesTimesRatiosQueriesAndPlaceholdersAlone() {
        assertThat(FrenchTypography.breaches("Voir https://passerelle.example/offres?page=2&q=caf%C3%A9"))
                .isEmpty();
        assertThat(FrenchTypography.breaches("de 9:30 à 12:00")).isEmpty();
        assertThat(FrenchTypography.breaches("un ratio de 1:2")).isEmpty();
        assertThat(FrenchTypography.breaches("{0}: {1}")).isEmpty();
        assertThat(FrenchTypography.breaches("« departement:26 »".replace(' ', '\u00a0')))
                .isEmpty();
    }
}
