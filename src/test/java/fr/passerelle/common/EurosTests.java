package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Amounts read the ways people type them, in cents, and written back the French way; anything else refused. */
class EurosTests {

    @Test
    void readsFrenchAndPointedAmounts() {
        assertThat(Euros.parse("1 234,50").cents()).isEqualTo(123_450);
        assertThat(Euros.parse("1\u202f234,50\u00a0€").cents()).isEqualTo(123_450);
        assertThat(Euros.parse("1234.5").cents()).isEqualTo(123_450);
        assertThat(Euros.parse(" 12 ").cents()).isEqualTo(1_200);
        assertThat(Euros.parse("0,05").cents()).isEqualTo(5);
        assertThat(Euros.parse("150 000 EUR").cents()).isEqualTo(15_000_000);
        assertThat(Euros.parse("-12").cents()).isEqualTo(-1_200);
        assertThat(Euros.parse("  ")).isNull();
    }

    @Test
    void refusesWhatIsNoAmount() {
        for (String typed : new String[] {"douze", "12,345", "1,234,50", "1 23,5", "12 €€", "1e5", "12-"}) {
            assertThatThrownBy(() -> Euros.parse(typed)).as(typed).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void writesAmountsTheFrenchWay() {
        assertThat(Euros.of(123_450).french()).isEqualTo("1\u202f234,50");
        assertThat(Euros.of(15_000_000).french()).isEqualTo("150\u202f000,00");
        assertThat(Euros.of(5).french()).isEqualTo("0,05");
        assertThat(Euros.parse(Euros.of(9_876_543_21L).french())).isEqualTo(Euros.of(9_876_543_21L));
    }
}
