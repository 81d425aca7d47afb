package fr.passerelle.territory.internal;

import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.territory.GeographyChanged;
import fr.passerelle.territory.PerimeterKind;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies the communes the demonstration uses, with the values INSEE publishes for them
 * (grille communale de densité 2024, catégorie CATEAAV2020), so that a newcomer sees rurality at
 * work before importing the full files, and gives them approximate centres. Communes already classified, or
 * already placed, are left as they are.
 */
@Component
@ConditionalOnDemoData
@Order(5)
@RequiredArgsConstructor
class DemoTerritories implements ApplicationRunner {

    private record Classified(String code, int densityLevel, String attractionCategory) {}

    private static final List<Classified> COMMUNES = List.of(
            new Classified("26113", 5, "11"), // Die
            new Classified("26167", 6, "20"), // Luc-en-Diois
            new Classified("26086", 6, "20"), // Châtillon-en-Diois
            new Classified("26108", 3, "11"), // Crest
            new Classified("26220", 3, "11"), // Nyons
            new Classified("26362", 1, "11"), // Valence
            new Classified("07186", 3, "11"), // Privas
            new Classified("07236", 5, "30"), // Saint-Félicien
            new Classified("07129", 5, "30"), // Lamastre
            new Classified("07010", 3, "11"), // Annonay
            new Classified("42187", 2, "11"), // Roanne
            new Classified("42168", 5, "30"), // Pélussin
            new Classified("42023", 5, "20"), // Bourg-Argental
            new Classified("42139", 6, "20"), // Marlhes
            new Classified("42218", 1, "11"), // Saint-Étienne
            new Classified("01283", 2, "11"), // Oyonnax
            new Classified("69064", 4, "20"), // Condrieu
            new Classified("69018", 5, "30"), // Beaujeu
            new Classified("69123", 1, "11"), // Lyon
            new Classified("38544", 2, "20"), // Vienne
            new Classified("26178", 6, "20"), // Menglon
            new Classified("42003", 6, "20"), // Ambierle
            new Classified("42272", 5, "20"), // Saint-Pierre-de-Bœuf
            new Classified("07338", 5, "30"), // Vernoux-en-Vivarais
            new Classified("69024", 5, "20"), // Val d'Oingt
            new Classified("69193", 4, "20"), // Saint-Cyr-sur-le-Rhône
            new Classified("69070", 5, "30"), // Cublize
            new Classified("69006", 5, "11")); // Amplepuis

    private final JdbcClient jdbc;
    private final PerimeterEditor editor;
    private final org.springframework.context.ApplicationEventPublisher events;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Classified commune : COMMUNES) {
            jdbc.sql(
                            """
                            update commune set density_level = :level, density_year = 2024,
                                               city_attraction_category = :category, city_attraction_year = 2020
                            where code = :code and density_level is null and city_attraction_category is null
                            """)
                    .param("level", commune.densityLevel())
                    .param("category", commune.attractionCategory())
                    .param("code", commune.code())
                    .update();
        }
        centroids();
        // What the platform keeps in memory of the communes now reads them again.
        events.publishEvent(new GeographyChanged());
        pilat();
    }

    /**
     * The Parc naturel régional du Pilat as its charter lists its member communes, read from a file of commune codes
     * through the administrators' import; the park of earlier demonstrations (two intercommunalities) is brought to
     * that list, one an administrator changed is left as it is.
     */
    private void pilat() {
        UUID existing = jdbc.sql("select id from perimeter where kind = 'pnr' and name = :name")
                .param("name", PILAT)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (existing != null && !editor.draft(existing).map(OLD_PILAT::equals).orElse(false)) {
            return; // made from the file already, or changed by an administrator since
        }
        List<String> communes = editor.communesOfFile(read(PILAT_COMMUNES), PILAT_COMMUNES);
        editor.save(existing, new PerimeterDraft(PerimeterKind.PNR, PILAT, "", String.join("\n", communes)));
    }

    private static byte[] read(String file) {
        try (var in = new org.springframework.core.io.ClassPathResource("territory/demo/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static final String PILAT_COMMUNES = "pnr-pilat.csv";

    /** The park as earlier demonstrations made it: two intercommunalities and Condrieu. */
    private static final PerimeterDraft OLD_PILAT =
            new PerimeterDraft(PerimeterKind.PNR, "Parc naturel régional du Pilat", "244200622\n244200895", "69064");

    private static final String PILAT = "Parc naturel régional du Pilat";

    /**
     * Approximate centres of the demonstration's communes (to a few hundred metres), so that maps and searches by
     * distance work before the real centroids are imported; marked as such in each commune's sources.
     */
    private void centroids() {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource("territory/demo/centroids.csv").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines().skip(1).map(line -> line.split(";")).forEach(cells -> jdbc.sql(
                            """
                            update commune set latitude = :lat, longitude = :lon,
                                               centroid_source = 'démonstration (coordonnées approchées)'
                            where code = :code and latitude is null
                            """)
                    .param("lat", Double.parseDouble(cells[1]))
                    .param("lon", Double.parseDouble(cells[2]))
                    .param("code", cells[0])
                    .update());
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
