package fr.passerelle.territory;

import fr.passerelle.territory.imports.ImportRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reference files for the import tests: our samples, national grids made from the current communes, and cuts. */
final class ReferenceFiles {

    static final String GRID_HEADER = "CODGEO,LIBGEO,DENS,LIBDENS\n";

    private ReferenceFiles() {}

    static byte[] sample(String name) {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream("/territory/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Demonstration data or other tests may have classified communes: start from none. */
    static void forgetClassifications(JdbcClient jdbc) {
        jdbc.sql(
                        """
                        update commune set density_level = null, density_year = null, city_attraction_category = null,
                                           city_attraction_year = null, latitude = null, longitude = null, centroid_source = null
                        """)
                .update();
        jdbc.sql("delete from commune_density_part").update();
    }

    /** A density grid of every current commune, as INSEE's, its levels shifted by {@code shift}. */
    static String nationalGrid(JdbcClient jdbc, int shift) {
        List<String> codes = jdbc.sql("select code from commune order by code")
                .query(String.class)
                .list();
        StringBuilder grid = new StringBuilder(GRID_HEADER);
        for (int i = 0; i < codes.size(); i++) {
            grid.append(codes.get(i))
                    .append(",Commune ")
                    .append(codes.get(i))
                    .append(',')
                    .append(1 + (i + shift) % 7)
                    .append(",Niveau\n");
        }
        return grid.toString();
    }

    /** The text up to the end of its {@code line}-th line (the header is line 1), line break included. */
    static String firstLines(String text, int line) {
        int end = -1;
        for (int i = 0; i < line; i++) {
            end = text.indexOf('\n', end + 1);
        }
        return text.substring(0, end + 1);
    }

    /** The text stopped just after the {@code column}-th value of its {@code line}-th line, as a broken download. */
    static String cutAfterValue(String text, int line, int column) {
        String head = firstLines(text, line - 1);
        int end = head.length();
        for (int i = 0; i < column; i++) {
            end = text.indexOf(',', end) + 1;
        }
        return text.substring(0, end - 1);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The reasons of a refusal as the French page and command line show them, spaces in numbers made plain. */
    static List<String> french(ImportRejectedException refusal, MessageSource messages) {
        return refusal.problems(messages, Locale.FRENCH).stream()
                .map(problem -> problem.replace('\u202f', ' ').replace('\u00a0', ' '))
                .toList();
    }

    /** Each commune's density level and rurality, to compare before and after an import. */
    static List<String> rurality(JdbcClient jdbc) {
        return jdbc.sql(
                        """
                        select c.code || ' ' || coalesce(c.density_level::text, '?') || ' ' || coalesce(r.rural::text, '?')
                        from commune c join commune_rurality r using (code) order by c.code
                        """)
                .query(String.class)
                .list();
    }

    /** Where each commune's row version lies: an UPDATE writes a new version, even to the same values. */
    static List<String> rowVersions(JdbcClient jdbc) {
        return jdbc.sql("select code || ' ' || ctid::text from commune order by code")
                .query(String.class)
                .list();
    }
}
