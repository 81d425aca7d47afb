package fr.passerelle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTests {

    @Test
    void cellsThatWouldBeFormulasStayText() {
        assertThat(DirectoryCsvController.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(DirectoryCsvController.safe("+33 4 75 00 00 00")).isEqualTo("'+33 4 75 00 00 00");
        assertThat(DirectoryCsvController.safe("Avise")).isEqualTo("Avise");
        assertThat(DirectoryCsvController.safe(null)).isNull();
    }
}
