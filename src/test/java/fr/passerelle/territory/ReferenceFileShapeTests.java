package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.imports.ImportReport;
import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reference file is checked whole before anything changes: a file cut short, a line of another
 * width, a national file that lacks too many communes are refused, and the communes' rurality stays
 * as the previous, complete grid left it. Grids here hold every current commune, as INSEE's do.
 */
@ApplicationModuleTest
@Transactional
class ReferenceFileShapeTests {

    private static final String GRID = "grille_densite_7_niveaux_2024.csv";

    @Autowired
    ReferenceImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private List<String> classifiedRurality;

    /** The country classified by a complete grid, whose rurality every refused file must leave as it is. */
    @BeforeEach
    void importACompleteGrid() {
        ReferenceFiles.forgetClassifications(jdbc);
        importGrid(ReferenceFiles.nationalGrid(jdbc, 0), ImportScope.NATIONAL);
        classifiedRurality = ReferenceFiles.rurality(jdbc);
    }

    private ImportReport importGrid(String grid, ImportScope scope) {
        return imports.importFile(ReferenceFileKind.DENSITY_GRID, GRID, ReferenceFiles.utf8(grid), null, scope, "test");
    }

    private List<String> refused(String grid, ImportScope scope) {
        ImportRejectedException refusal =
                catchThrowableOfType(ImportRejectedException.class, () -> importGrid(grid, scope));
        assertThat(ReferenceFiles.rurality(jdbc)).as("nothing changed").isEqualTo(classifiedRurality);
        return ReferenceFiles.french(refusal, messages);
    }

    private String nextGrid() {
        return ReferenceFiles.nationalGrid(jdbc, 3);
    }

    @Test
    void aGridCutJustAfterTheDensityOfALineIsRefusedEvenAsPartial() {
        String cut = ReferenceFiles.cutAfterValue(nextGrid(), 17_000, 3);
        assertThat(cut).doesNotEndWith("\n").matches("(?s).*\n[0-9AB]{5},Commune [0-9AB]{5},[1-7]");

        for (ImportScope scope : ImportScope.values()) {
            assertThat(refused(cut, scope))
                    .containsExactly(
                            "1 ligne(s) en erreur : le fichier n’a pas été importé, rien n’a été modifié.",
                            "Ligne 17000 : ligne incomplète, le fichier s’arrête en son milieu sans saut de ligne"
                                    + " final : il semble tronqué.");
        }
    }

    @Test
    void aGridCutInItsLastValueIsRefused() {
        String grid = nextGrid();
        String cut = grid.substring(0, grid.length() - 4);
        assertThat(cut).endsWith(",Niv");

        assertThat(refused(cut, ImportScope.NATIONAL))
                .contains("Ligne 34970 : ligne incomplète, le fichier s’arrête en son milieu sans saut de ligne"
                        + " final : il semble tronqué.");
    }

    @Test
    void aGridCutAtALineBoundaryHalfwayIsRefusedAsTruncated() {
        String half = ReferenceFiles.firstLines(nextGrid(), 17_485);

        assertThat(refused(half, ImportScope.NATIONAL))
                .containsExactly("Le fichier ne couvre que 17 484 des 34 969 communes actuelles (49,9 %) : il semble"
                        + " tronqué. Rien n’a été modifié. Un fichier national en couvre au moins 98 % ; s’il ne porte"
                        + " volontairement que sur une partie des communes, importez-le comme fichier partiel (case"
                        + " « Fichier partiel », ou option --partial en ligne de commande).");
    }

    @Test
    void aShortFileIsRefusedAsNationalAndImportedAsPartial() {
        String shortGrid = ReferenceFiles.firstLines(nextGrid(), 4);

        assertThat(refused(shortGrid, ImportScope.NATIONAL))
                .singleElement(as(STRING))
                .startsWith("Le fichier ne couvre que 3 des 34 969 communes actuelles (0 %) : il semble tronqué.");
        assertThat(importGrid(shortGrid, ImportScope.PARTIAL).communesUpdated()).isEqualTo(3);
    }

    @Test
    void aLineWithAMissingOrAnExtraColumnIsRefusedWithItsNumber() {
        String[] lines = nextGrid().split("\n", -1);
        lines[99] = lines[99].substring(0, lines[99].lastIndexOf(','));
        lines[199] = lines[199] + ",en trop";

        assertThat(refused(String.join("\n", lines), ImportScope.NATIONAL))
                .containsExactly(
                        "2 ligne(s) en erreur : le fichier n’a pas été importé, rien n’a été modifié.",
                        "Ligne 100 : 3 colonne(s) au lieu des 4 de l’en-tête.",
                        "Ligne 200 : 5 colonne(s) au lieu des 4 de l’en-tête.");
    }

    @Test
    void reimportingTheSameGridChangesNoCommuneAndRewritesNoRow() {
        List<String> versions = ReferenceFiles.rowVersions(jdbc);

        ImportReport again = importGrid(ReferenceFiles.nationalGrid(jdbc, 0), ImportScope.NATIONAL);

        assertThat(again.rowsRead()).isEqualTo(34_969);
        assertThat(again.communesUpdated()).isZero();
        assertThat(ReferenceFiles.rowVersions(jdbc)).as("no row rewritten").isEqualTo(versions);
        assertThat(imports.history(1).get(0).communesUpdated()).isZero();
    }

    @Test
    void aNewGridChangesOnlyTheCommunesWhoseLevelChanged() {
        String[] lines = ReferenceFiles.nationalGrid(jdbc, 0).split("\n", -1);
        lines[1] = lines[1].replaceFirst(",[1-7],", lines[1].contains(",7,") ? ",6," : ",7,");

        assertThat(importGrid(String.join("\n", lines), ImportScope.NATIONAL).communesUpdated())
                .isEqualTo(1);
    }
}
