package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class CommuneSearchTests {

    @Autowired
    Territories territories;

    private List<String> codes(String query) {
        return territories.searchCommunes(query, 10).stream()
                .map(CommuneMatch::code)
                .toList();
    }

    @Test
    void abbreviatedSaintWithoutAccentFindsSaintEtienneFirst() {
        assertThat(codes("st etienne")).first().isEqualTo("42218");
        assertThat(codes("ST-ÉTIENNE")).first().isEqualTo("42218");
        assertThat(codes("saint etienne")).first().isEqualTo("42218");
    }

    @Test
    void postalCodeFindsItsCommunesLargestFirst() {
        List<CommuneMatch> matches = territories.searchCommunes("26150", 10);
        assertThat(matches).first().extracting(CommuneMatch::name).isEqualTo("Die");
        assertThat(matches).allSatisfy(match -> assertThat(match.postalCodes()).contains("26150"));
    }

    @Test
    void exactNameComesBeforeLongerNames() {
        assertThat(codes("die")).first().isEqualTo("26113");
        assertThat(codes("Privas")).first().isEqualTo("07186");
    }

    @Test
    void namePrefixFindsTheCommune() {
        assertThat(codes("pelus")).contains("42168");
    }

    @Test
    void aTypoStillFindsTheCommune() {
        assertThat(codes("Oyonax")).contains("01283");
    }

    @Test
    void inseeCodeFindsTheCommune() {
        assertThat(codes("42218")).first().isEqualTo("42218");
    }

    @Test
    void blankQueryFindsNothingAndLimitIsBounded() {
        assertThat(codes("   ")).isEmpty();
        assertThat(territories.searchCommunes("saint", 500)).hasSize(50);
    }

    @Test
    void labelNamesTheDepartement() {
        assertThat(territories.searchCommunes("die", 1).get(0).label()).isEqualTo("Die (26)");
    }
}
