package fr.passerelle.programmes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.programmes.internal.PublicStatistics.Cell;
import fr.passerelle.programmes.internal.PublicStatistics.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No public figure lets a person be recognised: a count from 1 to 4 is withheld and its real value never kept; when
 * it is the only one withheld among counts that add up to a whole shown beside them, another is withheld with it; a
 * rate is published only when its part and its rest are both 5 or more.
 */
class PublicStatisticsTests {

    @Test
    void aCountUnderFiveIsWithheldAndItsValueNotKept() {
        assertThat(Cell.count(3)).isEqualTo(new Cell(0, Kind.FEW));
        assertThat(Cell.count(1).given()).isNull();
        assertThat(Cell.count(1).drawn()).isZero();
        assertThat(Cell.count(0)).isEqualTo(new Cell(0, Kind.COUNT));
        assertThat(Cell.count(5)).isEqualTo(new Cell(5, Kind.COUNT));
    }

    @Test
    void aLoneWithheldPartTakesTheSmallestOtherWithItSoThatNoDifferenceGivesItAway() {
        // 8 reached: 6 active, 2 stopped, 0 unknown; without the second withholding, 8 - 6 - 0 = 2.
        assertThat(Cell.parts(List.of(6L, 2L, 0L)))
                .containsExactly(new Cell(6, Kind.COUNT), new Cell(0, Kind.FEW), new Cell(0, Kind.FEW));
        // The smallest other is 5 or more: not published, never "fewer than 5".
        assertThat(Cell.parts(List.of(9L, 1L, 7L)))
                .containsExactly(new Cell(9, Kind.COUNT), new Cell(0, Kind.FEW), new Cell(0, Kind.UNPUBLISHED));
        // Two withheld already hide each other; none withheld, nothing to hide.
        assertThat(Cell.parts(List.of(6L, 1L, 1L)))
                .containsExactly(new Cell(6, Kind.COUNT), new Cell(0, Kind.FEW), new Cell(0, Kind.FEW));
        assertThat(Cell.parts(List.of(6L, 5L, 0L)))
                .containsExactly(new Cell(6, Kind.COUNT), new Cell(5, Kind.COUNT), new Cell(0, Kind.COUNT));
    }

    @Test
    void aRateIsPublishedOnlyWhenItsPartAndItsRestAreFiveOrMore() {
        assertThat(Cell.rate(7, 8).kind()).isEqualTo(Kind.UNPUBLISHED);
        assertThat(Cell.rate(3, 40).kind()).isEqualTo(Kind.UNPUBLISHED);
        assertThat(Cell.rate(30, 40)).isEqualTo(new Cell(75, Kind.RATE));
    }
}
