package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.territory.imports.ImportReport;
import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communes created by a merger after the density grid inherit the class in which most of the merged communes'
 * population lived, and say so; the sample holds INSEE's 2024 rows of the communes they joined.
 */
@ApplicationModuleTest
@Transactional
class MergedCommuneTests {

    private static final String SAMPLE = "grille_densite_fusions_2024.csv";
    private static final String SOLORE_EN_FOREZ = "42084";
    private static final String SAUZE_ENTRE_BOIS = "79307";
    private static final String CONQUES = "12218";

    @Autowired
    ReferenceImports imports;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetClassifications() {
        ReferenceFiles.forgetClassifications(jdbc);
    }

    private ImportReport importSample() {
        return imports.importFile(
                ReferenceFileKind.DENSITY_GRID,
                SAMPLE,
                ReferenceFiles.sample(SAMPLE),
                null,
                ImportScope.PARTIAL,
                "test");
    }

    @Test
    void theGeographyKnowsTheCommunesEachCurrentOneAbsorbed() {
        assertThat(jdbc.sql("select predecessor from commune_predecessor where code = :code order by 1")
                        .param("code", SOLORE_EN_FOREZ)
                        .query(String.class)
                        .list())
                .containsExactly("42109", "42252");
        assertThat(jdbc.sql("select count(*) from commune_predecessor p join commune c on c.code = p.predecessor")
                        .query(Long.class)
                        .single())
                .as("no current commune is anyone's former commune")
                .isZero();
    }

    @Test
    void aMergedCommuneInheritsTheClassOfMostOfItsPopulation() {
        importSample();
        Commune solore = territories.commune(SOLORE_EN_FOREZ).orElseThrow();
        assertThat(solore.densityLevel())
                .as("266 inhabitants in level 6, 251 in level 7")
                .isEqualTo(6);
        assertThat(solore.rural()).isTrue();
        assertThat(solore.densityInheritedFrom())
                .extracting(MergedCommune::name, MergedCommune::densityLevel, MergedCommune::population)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Saint-Laurent-Rochefort", 7, 251),
                        org.assertj.core.groups.Tuple.tuple("Débats-Rivière-d'Orpra", 6, 159),
                        org.assertj.core.groups.Tuple.tuple("L'Hôpital-sous-Rochefort", 6, 107));
    }

    @Test
    void populationOutweighsTheNumberOfMergedCommunes() {
        importSample();
        Commune sauze = territories.commune(SAUZE_ENTRE_BOIS).orElseThrow();
        assertThat(sauze.densityLevel())
                .as("the bourg of Sauzé-Vaussais (1,495 inhabitants, level 5) outweighs three level-6 villages (693)")
                .isEqualTo(5);
        assertThat(sauze.densityInheritedFrom())
                .hasSize(5)
                .first()
                .extracting(MergedCommune::code)
                .isEqualTo("79307");
    }

    @Test
    void theFormerCommunesUsedAreNoLongerReportedAsUnknown() {
        ImportReport report = importSample();
        assertThat(report.unknownCodes()).containsExactly("12076");
        assertThat(report.communesUpdated()).isEqualTo(2);
    }

    @Test
    void aPartialFileWithoutTheNewCommuneItselfGivesItNoClass() {
        importSample();
        Commune conques = territories.commune(CONQUES).orElseThrow();
        assertThat(conques.densityLevel()).isNull();
        assertThat(conques.densityInheritedFrom()).isEmpty();
    }

    @Test
    void aCommuneTheGridClassifiesItselfInheritsNothing() {
        imports.importFile(
                ReferenceFileKind.DENSITY_GRID,
                "grille_densite_sample_2024.csv",
                ReferenceFiles.sample("grille_densite_sample_2024.csv"),
                null,
                ImportScope.PARTIAL,
                "test");
        Commune die = territories.commune("26113").orElseThrow();
        assertThat(die.densityLevel()).isEqualTo(5);
        assertThat(die.densityInheritedFrom()).isEmpty();
    }
}
