package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.imports.ImportReport;
import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports INSEE's real files from ../shared/reference/insee (or $PASSERELLE_REFERENCE_DIR/insee) when
 * they are there (they are not part of the repository); skipped otherwise.
 */
@ApplicationModuleTest
@Transactional
class OfficialReferenceFilesTests {

    private static final String GRID = "grille_densite_7_niveaux_2024.csv";
    private static final Path INSEE =
            Path.of(System.getenv().getOrDefault("PASSERELLE_REFERENCE_DIR", "../shared/reference"), "insee");

    @Autowired
    ReferenceImports imports;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void forgetClassifications() {
        ReferenceFiles.forgetClassifications(jdbc);
    }

    private static byte[] read(String name) throws IOException {
        Path file = INSEE.resolve(name);
        assumeTrue(Files.isReadable(file), "INSEE reference file absent: " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }

    private ImportReport importFile(ReferenceFileKind kind, String name) throws IOException {
        return importFile(kind, name, read(name));
    }

    private ImportReport importFile(ReferenceFileKind kind, String name, byte[] content) {
        return imports.importFile(kind, name, content, null, ImportScope.NATIONAL, "test");
    }

    /** Imports the grid, then the given cut of it, which must be refused without changing anything. */
    private List<String> refusedAfterTheWholeGrid(String cut) throws IOException {
        importFile(ReferenceFileKind.DENSITY_GRID, GRID);
        List<String> before = ReferenceFiles.rurality(jdbc);
        ImportRejectedException refusal = catchThrowableOfType(
                ImportRejectedException.class,
                () -> importFile(ReferenceFileKind.DENSITY_GRID, GRID, ReferenceFiles.utf8(cut)));
        assertThat(ReferenceFiles.rurality(jdbc)).as("nothing changed").isEqualTo(before);
        return ReferenceFiles.french(refusal, messages);
    }

    private static String grid() throws IOException {
        return new String(read(GRID), StandardCharsets.UTF_8);
    }

    @Test
    void theDensityGrid2024ClassifiesTheCountry() throws IOException {
        ImportReport report = importFile(ReferenceFileKind.DENSITY_GRID, GRID);

        assertThat(report.rowsRead()).isEqualTo(34_935);
        assertThat(report.sourceYear()).isEqualTo(2024);
        assertThat(report.communesUpdated()).isGreaterThan(34_800);
        assertThat(report.communesUpdated() + report.missingCommunes().size()).isEqualTo(34_969);
        assertThat(report.missingCommunes()).contains("97502 Saint-Pierre");
        assertThat(territories.commune("26113").orElseThrow().densityLevel()).isEqualTo(5);
        assertThat(territories.commune("42218").orElseThrow().densityLevel()).isEqualTo(1);
    }

    @Test
    void communesMergedSinceTheGridInheritTheirClass() throws IOException {
        ImportReport report = importFile(ReferenceFileKind.DENSITY_GRID, GRID);

        assertThat(jdbc.sql("select count(distinct code) from commune_density_part")
                        .query(Long.class)
                        .single())
                .as("communes merged since the 2024 grid")
                .isEqualTo(50);
        Commune conques = territories.commune("12218").orElseThrow();
        assertThat(conques.densityLevel())
                .as("a new code for Conques-en-Rouergue")
                .isEqualTo(7);
        assertThat(conques.densityInheritedFrom())
                .extracting(MergedCommune::code)
                .containsExactly("12076");
        assertThat(territories.commune("17268").orElseThrow().densityLevel())
                .as("Rives-de-Boutonne: 231 inhabitants in level 7, 189 in level 6")
                .isEqualTo(7);
        assertThat(report.missingCommunes())
                .as("left: 94 communes of the overseas collectivités, 4 of the Cantal re-established in 2025")
                .hasSize(98)
                .contains("15031 Celles")
                .doesNotContain("12218 Conques-en-Rouergue");
        assertThat(report.unknownCodes())
                .as("every former commune of the grid is used")
                .isEmpty();
    }

    @Test
    void theMembershipTable2022GivesTheCityAttractionCategories() throws IOException {
        importFile(ReferenceFileKind.DENSITY_GRID, GRID);
        ImportReport report =
                importFile(ReferenceFileKind.CITY_ATTRACTION, "table-appartenance-geo-communes-22_COM.csv");

        assertThat(report.rowsRead()).isEqualTo(34_955);
        assertThat(report.sourceYear()).isEqualTo(2020);
        Commune saintFelicien = territories.commune("07236").orElseThrow();
        assertThat(saintFelicien.rural()).isTrue();
        assertThat(saintFelicien.ruralAutonomous()).isTrue();
        assertThat(territories.commune("69064").orElseThrow().rural()).isFalse();
    }

    @Test
    void theGridCutJustAfterTheDensityOfALineIsRefusedAndChangesNothing() throws IOException {
        String cut = ReferenceFiles.cutAfterValue(grid(), 17_468, 3);
        assertThat(cut).endsWith("48139,Saint Bonnet-Laval,7");

        assertThat(refusedAfterTheWholeGrid(cut))
                .containsExactly(
                        "1 ligne(s) en erreur : le fichier n’a pas été importé, rien n’a été modifié.",
                        "Ligne 17468 : ligne incomplète, le fichier s’arrête en son milieu sans saut de ligne final :"
                                + " il semble tronqué.");
    }

    @Test
    void theGridCutAtALineBoundaryHalfwayIsRefusedAsTruncated() throws IOException {
        String half = ReferenceFiles.firstLines(grid(), 17_468);

        assertThat(refusedAfterTheWholeGrid(half))
                .singleElement(as(STRING))
                .startsWith("Le fichier ne couvre que 17 427 des 34 969 communes actuelles (49,8 %) : il semble"
                        + " tronqué. Rien n’a été modifié. Un fichier national en couvre au moins 98 %");
    }

    @Test
    void reimportingTheGridChangesNoCommuneAndRewritesNoRow() throws IOException {
        importFile(ReferenceFileKind.DENSITY_GRID, GRID);
        List<String> versions = ReferenceFiles.rowVersions(jdbc);

        assertThat(importFile(ReferenceFileKind.DENSITY_GRID, GRID).communesUpdated())
                .isZero();
        assertThat(ReferenceFiles.rowVersions(jdbc)).isEqualTo(versions);
    }
}
