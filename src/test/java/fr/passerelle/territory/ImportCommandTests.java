package fr.passerelle.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        int exit = run("import", "centroids", sample("centroides_sample.csv"));
        assertThat(exit).isZero();
        assertThat(output())
                .contains("Import « centroids » de centroides_sample.csv : terminé.", "Communes mises à jour : 2");
    }

    @Test
    void aWrongFileExitsNonZeroWithTheReasons() throws URISyntaxException {
        int exit = run("import", "density-grid", sample("centroides_sample.csv"));
        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("Import refusé.", "n'est pas la grille communale de densité");
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
