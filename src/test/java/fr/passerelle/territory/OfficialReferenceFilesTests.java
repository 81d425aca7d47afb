package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.territory.imports.ImportReport;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports INSEE's real files from ../shared/reference/insee (or $PASSERELLE_REFERENCE_DIR/insee) when
 * they are there (they are not part of the repository); skipped otherwise.
 */
@ApplicationModuleTest
@Transactional
class OfficialReferenceFilesTests {

    private static final Path INSEE =
            Path.of(System.getenv().getOrDefault("PASSERELLE_REFERENCE_DIR", "../shared/reference"), "insee");

    @Autowired
    ReferenceImports imports;

    @Autowired
    Territories territories;

    private ImportReport importFile(ReferenceFileKind kind, String name) throws IOException {
        Path file = INSEE.resolve(name);
        assumeTrue(Files.isReadable(file), "INSEE reference file absent: " + file.toAbsolutePath());
        return imports.importFile(kind, name, Files.readAllBytes(file), null, "test");
    }

    @Test
    void theDensityGrid2024ClassifiesTheCountry() throws IOException {
        ImportReport report = importFile(ReferenceFileKind.DENSITY_GRID, "grille_densite_7_niveaux_2024.csv");

        assertThat(report.rowsRead()).isEqualTo(34_935);
        assertThat(report.sourceYear()).isEqualTo(2024);
        assertThat(report.communesUpdated()).isGreaterThan(34_800);
        assertThat(report.communesUpdated() + report.missingCommunes().size()).isEqualTo(34_969);
        assertThat(report.missingCommunes()).contains("97502 Saint-Pierre");
        assertThat(territories.commune("26113").orElseThrow().densityLevel()).isEqualTo(5);
        assertThat(territories.commune("42218").orElseThrow().densityLevel()).isEqualTo(1);
    }

    @Test
    void theMembershipTable2022GivesTheCityAttractionCategories() throws IOException {
        importFile(ReferenceFileKind.DENSITY_GRID, "grille_densite_7_niveaux_2024.csv");
        ImportReport report =
                importFile(ReferenceFileKind.CITY_ATTRACTION, "table-appartenance-geo-communes-22_COM.csv");

        assertThat(report.rowsRead()).isEqualTo(34_955);
        assertThat(report.sourceYear()).isEqualTo(2020);
        Commune saintFelicien = territories.commune("07236").orElseThrow();
        assertThat(saintFelicien.rural()).isTrue();
        assertThat(saintFelicien.ruralAutonomous()).isTrue();
        assertThat(territories.commune("69064").orElseThrow().rural()).isFalse();
    }
}
