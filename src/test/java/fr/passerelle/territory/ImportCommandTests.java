package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar passerelle.jar import ...}: the same start-up as the command line (no web server,
 * command mode), its printed report and its exit code.
 */
class ImportCommandTests {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    private PrintStream standardOut;

    @BeforeEach
    void capture() {
        standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(standardOut);
    }

    private int run(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PasserelleApplication.class)
                .web(WebApplicationType.NONE)
                .properties("passerelle.command=true")
                .run(args);
        return SpringApplication.exit(context);
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(ImportCommandTests.class
                        .getResource("/territory/" + name)
                        .toURI())
                .toString();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsAFileAndExitsZeroWithTheReport() throws URISyntaxException {
        int exit = run("import", "centroids", sample("centroides_sample.csv"), "--partial");
        assertThat(exit).isZero();
        assertThat(output()).contains("Import « centroids » de centroides_sample.csv : terminé.", "Lignes lues : 2");
    }

    @Test
    void reimportingTheSameFileReportsNoCommuneChanged() throws IOException {
        String latitude = "44." + System.nanoTime() % 10_000;
        Path file = Files.writeString(
                folder.resolve("centroides.csv"), "code;latitude;longitude\n26113;" + latitude + ";5.37\n");

        assertThat(run("import", "centroids", file.toString(), "--partial")).isZero();
        assertThat(output()).contains("Communes modifiées : 1");
        printed.reset();
        assertThat(run("import", "centroids", file.toString(), "--partial")).isZero();
        assertThat(output()).contains("Communes modifiées : 0");
    }

    @Test
    void aGridCutJustAfterADensityExitsOneWithTheReasonInFrench() throws IOException {
        String grid = new String(ReferenceFiles.sample("grille_densite_sample_2024.csv"), StandardCharsets.UTF_8);
        Path cut =
                Files.writeString(folder.resolve("grille_densite_2024.csv"), ReferenceFiles.cutAfterValue(grid, 4, 3));

        assertThat(run("import", "density-grid", cut.toString(), "--partial")).isEqualTo(1);
        assertThat(output())
                .contains("Import refusé.", "Ligne 4\u00a0: ligne incomplète, le fichier s’arrête en son milieu")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aShortFileImportedAsNationalExitsOneAsTruncated() throws URISyntaxException {
        assertThat(run("import", "density-grid", sample("grille_densite_sample_2024.csv")))
                .isEqualTo(1);
        assertThat(output().replace('\u202f', ' ').replace('\u00a0', ' '))
                .contains("Import refusé.", "Le fichier ne couvre que 5 des 34 969 communes actuelles")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aWrongFileExitsNonZeroWithTheReasons() throws URISyntaxException {
        int exit = run("import", "density-grid", sample("centroides_sample.csv"));
        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("Import refusé.", "n’est pas la grille communale de densité");
    }

    @Test
    void aMissingFileExitsNonZero() {
        assertThat(run("import", "density-grid", "/nulle/part.csv")).isEqualTo(1);
        assertThat(output()).contains("Impossible de lire le fichier « /nulle/part.csv »");
    }

    @Test
    void anUnknownKindOrMissingArgumentShowsTheUsage() {
        assertThat(run("import", "communes", "x.csv")).isEqualTo(2);
        assertThat(output())
                .contains("Type de fichier inconnu : « communes »", "Usage : java -jar passerelle.jar import");
        assertThat(run("import")).isEqualTo(2);
    }

    @Test
    void aBadYearOptionIsExplained() throws URISyntaxException {
        assertThat(run("import", "density-grid", sample("grille_densite_sample_2024.csv"), "--year=deux-mille"))
                .isEqualTo(2);
        assertThat(output()).contains("L'option --year attend une année sur 4 chiffres");
    }
}
