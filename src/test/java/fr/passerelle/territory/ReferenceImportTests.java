package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.imports.ImportReport;
import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/** Imports roll back after each test, so every test starts from unclassified communes. */
@ApplicationModuleTest
@Transactional
class ReferenceImportTests {

    private static final String DIE = "26113";
    private static final String SAINT_FELICIEN = "07236";
    private static final String LYON = "69123";
    private static final String CONDRIEU = "69064";

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

    private ImportReport importSample(ReferenceFileKind kind, String name) {
        return imports.importFile(kind, name, ReferenceFiles.sample(name), null, ImportScope.PARTIAL, "test");
    }

    private Commune commune(String code) {
        return territories.commune(code).orElseThrow();
    }

    @Test
    void densityGridClassifiesCommunesAndTakesItsYearFromTheFileName() {
        ImportReport report = importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");

        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.communesUpdated()).isEqualTo(5);
        assertThat(report.sourceYear()).isEqualTo(2024);
        assertThat(commune(DIE).densityLevel()).isEqualTo(5);
        assertThat(commune(DIE).sources().densityGrid()).isEqualTo(2024);
        assertThat(commune(SAINT_FELICIEN).densityLevel())
                .as("leading zero dropped by a spreadsheet")
                .isEqualTo(5);
    }

    @Test
    void reportListsUnknownCodesAndMissingCommunes() {
        ImportReport report = importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");

        assertThat(report.unknownCodes()).containsExactly("26371");
        assertThat(report.missingCommunes()).hasSize(34_969 - 5).contains("42218 Saint-Étienne");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");
        Commune before = commune(DIE);
        List<String> versions = ReferenceFiles.rowVersions(jdbc);
        ImportReport again = importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");

        assertThat(commune(DIE)).isEqualTo(before);
        assertThat(again.communesUpdated()).isZero();
        assertThat(ReferenceFiles.rowVersions(jdbc)).as("no row rewritten").isEqualTo(versions);
        assertThat(imports.history(1).get(0).communesUpdated()).isZero();
    }

    @Test
    void reimportingCentroidsWithOneCommuneMovedChangesThatCommuneOnly() {
        importSample(ReferenceFileKind.CENTROIDS, "centroides_sample.csv");
        byte[] moved = ReferenceFiles.utf8("code;latitude;longitude\n26113;44,7536;5,3700\n42218;45.5;4.3872\n");
        ImportReport again = imports.importFile(
                ReferenceFileKind.CENTROIDS, "centroides_sample.csv", moved, null, ImportScope.PARTIAL, "test");

        assertThat(again.communesUpdated()).isEqualTo(1);
        assertThat(commune("42218").latitude()).isEqualTo(45.5);
    }

    @Test
    void ruralityIsDerivedFromDensityAndCityAttraction() {
        importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");
        assertThat(commune(SAINT_FELICIEN).rural()).isTrue();
        assertThat(commune(SAINT_FELICIEN).ruralAutonomous())
                .as("attraction not imported yet")
                .isNull();

        importSample(ReferenceFileKind.CITY_ATTRACTION, "appartenance_sample_windows1252.csv");

        assertThat(commune(SAINT_FELICIEN).ruralAutonomous()).isTrue();
        assertThat(commune(SAINT_FELICIEN).sources().cityAttraction()).isEqualTo(2020);
        assertThat(commune(DIE).rural()).isTrue();
        assertThat(commune(DIE).ruralAutonomous())
                .as("Die is the centre of its own attraction area")
                .isFalse();
        assertThat(commune(LYON).rural()).isFalse();
        assertThat(commune(LYON).ruralAutonomous()).isFalse();
        assertThat(commune(CONDRIEU).rural()).isFalse();
    }

    @Test
    void aCommuneNotInTheFilesStaysUnknown() {
        importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");
        Commune notClassified = commune("12218");
        assertThat(notClassified.densityLevel()).isNull();
        assertThat(notClassified.rural()).isNull();
        assertThat(notClassified.ruralAutonomous()).isNull();
    }

    @Test
    void theRuralityRuleIsTheOneConfigured() {
        importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");
        jdbc.sql("update rurality_rule set rural_density_levels = '{4,5,6,7}'").update();
        assertThat(commune(CONDRIEU).rural()).isTrue();
    }

    @Test
    void aFileOfTheWrongFormatIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> importSample(ReferenceFileKind.DENSITY_GRID, "centroides_sample.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .singleElement(as(STRING))
                        .contains("n’est pas la grille communale de densité", "CODGEO et DENS"));
        assertThat(jdbc.sql("select count(*) from commune where density_level is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void wrongRowsRefuseTheWholeFileWithTheirLineNumbers() {
        assertThatThrownBy(() -> importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_erreurs_2024.csv"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(french(e))
                                .containsExactly(
                                        "3 ligne(s) en erreur : le fichier n’a pas été importé, rien n’a été modifié.",
                                        "Ligne 2 : niveau de densité « 9 » invalide (attendu : un entier de 1 à 7).",
                                        "Ligne 3 : niveau de densité «  » invalide (attendu : un entier de 1 à 7).",
                                        "Ligne 4 : code commune « ABCDE » invalide (5 caractères attendus, par exemple 26113)."));
        assertThat(commune(DIE).densityLevel()).isNull();
    }

    @Test
    void aDensityGridWithoutYearIsRefusedUnlessTheYearIsGiven() {
        byte[] grid = ReferenceFiles.sample("grille_densite_sample_2024.csv");
        assertThatThrownBy(() -> imports.importFile(
                        ReferenceFileKind.DENSITY_GRID, "grille.csv", grid, null, ImportScope.PARTIAL, "test"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .containsExactly("Indiquez l’année de la grille de densité : elle ne figure pas dans le nom"
                                + " du fichier « grille.csv »."));
        assertThat(imports.importFile(
                                ReferenceFileKind.DENSITY_GRID, "grille.csv", grid, 2025, ImportScope.PARTIAL, "test")
                        .sourceYear())
                .isEqualTo(2025);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> imports.importFile(
                        ReferenceFileKind.CENTROIDS, "vide.csv", new byte[0], null, ImportScope.PARTIAL, "test"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .containsExactly("Le fichier « vide.csv » est vide. Rien n’a été modifié."));
    }

    @Test
    void centroidsAcceptDecimalCommasAndCheckRanges() {
        importSample(ReferenceFileKind.CENTROIDS, "centroides_sample.csv");
        assertThat(commune(DIE).latitude()).isEqualTo(44.7536);
        assertThat(commune(DIE).longitude()).isEqualTo(5.37);
        assertThat(commune(DIE).sources().centroids()).isEqualTo("centroides_sample.csv");

        assertThatThrownBy(() -> importSample(ReferenceFileKind.CENTROIDS, "centroides_erreurs.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .contains(
                                "Ligne 2 : latitude « 144.1 » invalide (attendu : un nombre entre -90 et 90).",
                                "Ligne 3 : longitude « abc » invalide (attendu : un nombre entre -180 et 180).",
                                "Ligne 4 : latitude « NaN » invalide (attendu : un nombre entre -90 et 90)."));
    }

    @Test
    void readsInseeWorkbooksWithTitleRowsAboveTheHeader() throws IOException {
        byte[] workbook = inseeStyleWorkbook();
        ImportReport report = imports.importFile(
                ReferenceFileKind.DENSITY_GRID,
                "grille_densite_7_niveaux_2024.xlsx",
                workbook,
                null,
                ImportScope.PARTIAL,
                "test");
        assertThat(report.communesUpdated()).isEqualTo(2);
        assertThat(commune(DIE).densityLevel()).isEqualTo(5);
        assertThat(commune(LYON).densityLevel()).isEqualTo(1);
    }

    @Test
    void aFileCutInsideAQuotedValueIsRefused() {
        byte[] cut = ReferenceFiles.utf8(ReferenceFiles.GRID_HEADER + "26113,Die,5,Bourgs ruraux\n42168,\"Pél");
        assertThatThrownBy(() -> imports.importFile(
                        ReferenceFileKind.DENSITY_GRID, "grille_2024.csv", cut, null, ImportScope.PARTIAL, "test"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .containsExactly("Le fichier est illisible après la ligne 2 (guillemets non refermés) : il"
                                + " semble tronqué ou abîmé. Rien n’a été modifié."));
        assertThat(commune(DIE).densityLevel()).isNull();
    }

    @Test
    void aCutWorkbookIsRefused() throws IOException {
        byte[] workbook = inseeStyleWorkbook();
        byte[] cut = Arrays.copyOf(workbook, workbook.length / 2);
        assertThatThrownBy(() -> imports.importFile(
                        ReferenceFileKind.DENSITY_GRID, "grille_2024.xlsx", cut, null, ImportScope.PARTIAL, "test"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(french(e))
                        .containsExactly("Ce fichier n’est pas un classeur XLSX lisible : il semble tronqué ou abîmé."
                                + " Rien n’a été modifié."));
    }

    @Test
    void historyRecordsEachImport() {
        importSample(ReferenceFileKind.DENSITY_GRID, "grille_densite_sample_2024.csv");
        assertThat(imports.history(1)).first().satisfies(record -> {
            assertThat(record.kind()).isEqualTo("density-grid");
            assertThat(record.unknownCodes()).isEqualTo(1);
            assertThat(record.importedBy()).isEqualTo("test");
        });
    }

    private List<String> french(ImportRejectedException refusal) {
        return ReferenceFiles.french(refusal, messages);
    }

    /** Like INSEE's own xlsx: a documentation sheet, then a sheet whose first rows are titles. */
    private static byte[] inseeStyleWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Passerelle tests", "1.0");
        workbook.newWorksheet("Documentation").value(0, 0, "Grille communale de densité");
        Worksheet sheet = workbook.newWorksheet("Grille_Densite");
        sheet.value(0, 0, "Grille communale de densité à 7 niveaux");
        sheet.value(1, 0, "Géographie au 01/01/2024");
        List<String> header = List.of("CODGEO", "LIBGEO", "DENS", "LIBDENS");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(4, c, header.get(c));
        }
        sheet.value(5, 0, "26113");
        sheet.value(5, 1, "Die");
        sheet.value(5, 2, 5);
        sheet.value(6, 0, "69123");
        sheet.value(6, 1, "Lyon");
        sheet.value(6, 2, 1);
        workbook.finish();
        return out.toByteArray();
    }
}
