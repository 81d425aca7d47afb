package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

@ApplicationModuleTest
@Transactional
class PerimeterTests {

    private static final String DIE = "26113";
    private static final String PELUSSIN = "42168";
    private static final String CONDRIEU = "69064";

    @Autowired
    Territories territories;

    @Test
    void officialPerimetersCoverTheirCommunesThroughTheHierarchy() {
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.EPCI, "242600534")
                                .id(),
                        DIE))
                .isTrue();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.DEPARTEMENT, "26")
                                .id(),
                        DIE))
                .isTrue();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.REGION, "84")
                                .id(),
                        DIE))
                .isTrue();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.FRANCE, null)
                                .id(),
                        DIE))
                .isTrue();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.COMMUNE, DIE)
                                .id(),
                        DIE))
                .isTrue();
    }

    @Test
    void officialPerimetersDoNotCoverOtherCommunes() {
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.DEPARTEMENT, "07")
                                .id(),
                        DIE))
                .isFalse();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.REGION, "93")
                                .id(),
                        DIE))
                .isFalse();
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.COMMUNE, PELUSSIN)
                                .id(),
                        DIE))
                .isFalse();
    }

    @Test
    void aParkMadeOfEpciAndCommunesCoversExactlyThem() {
        Perimeter pilat = territories.createPerimeter(
                PerimeterKind.PNR,
                "PNR du Pilat (test)",
                List.of(
                        new PerimeterMember(PerimeterKind.EPCI, "244200895"),
                        new PerimeterMember(PerimeterKind.COMMUNE, CONDRIEU)));
        assertThat(territories.covers(pilat.id(), PELUSSIN)).isTrue();
        assertThat(territories.covers(pilat.id(), CONDRIEU)).isTrue();
        assertThat(territories.covers(pilat.id(), DIE)).isFalse();
        assertThat(territories.covers(pilat.id(), "38544")).isFalse(); // Vienne, same EPCI as Condrieu
    }

    @Test
    void perimetersCoveringACommuneComeMostLocalFirst() {
        Perimeter gal = territories.createPerimeter(
                PerimeterKind.GAL_LEADER,
                "GAL du Diois (test)",
                List.of(new PerimeterMember(PerimeterKind.EPCI, "242600534")));
        List<Perimeter> covering = territories.perimetersCovering(DIE);
        assertThat(covering)
                .extracting(Perimeter::kind)
                .containsSubsequence(
                        PerimeterKind.EPCI,
                        PerimeterKind.GAL_LEADER,
                        PerimeterKind.DEPARTEMENT,
                        PerimeterKind.REGION,
                        PerimeterKind.FRANCE);
        assertThat(covering).contains(gal);
        assertThat(territories.perimetersCovering(PELUSSIN)).doesNotContain(gal);
    }

    @Test
    void officialPerimeterIsCreatedOnce() {
        Perimeter first = territories.officialPerimeter(PerimeterKind.COMMUNE, DIE);
        Perimeter again = territories.officialPerimeter(PerimeterKind.COMMUNE, DIE);
        assertThat(again).isEqualTo(first);
        assertThat(first.name()).isEqualTo("Die");
    }

    @Test
    void rejectsUnknownTerritories() {
        assertThatThrownBy(() -> territories.officialPerimeter(PerimeterKind.EPCI, "123456789"))
                .isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> territories.createPerimeter(
                        PerimeterKind.CUSTOM,
                        "Nulle part",
                        List.of(new PerimeterMember(PerimeterKind.COMMUNE, "99999"))))
                .isInstanceOf(UnknownTerritoryException.class);
        assertThatThrownBy(() -> territories.createPerimeter(PerimeterKind.CUSTOM, "Vide", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coverageOfAnUnknownCommuneIsFalse() {
        assertThat(territories.covers(
                        territories
                                .officialPerimeter(PerimeterKind.FRANCE, null)
                                .id(),
                        "99999"))
                .isFalse();
    }
}
