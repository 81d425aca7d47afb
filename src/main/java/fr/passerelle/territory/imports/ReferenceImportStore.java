package fr.passerelle.territory.imports;

import fr.passerelle.territory.GeographyChanged;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes imported values through a staging table filled by COPY, in the caller's transaction; the
 * count of communes updated is the count of communes whose values changed.
 */
@Repository
@RequiredArgsConstructor
class ReferenceImportStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    private final ApplicationEventPublisher events;

    ImportReport apply(
            ReferenceFileKind kind,
            String fileName,
            Integer year,
            List<String[]> values,
            ImportScope scope,
            String importedBy) {
        stage(values);
        String update = updateSql(kind);
        if (kind == ReferenceFileKind.DENSITY_GRID) {
            update += " and not exists (select 1 " + MergedCommunes.MERGED_IN_FILE + " and m.code = c.code)";
        }
        int updated = jdbc.sql(update)
                .param("year", year)
                .param("file", fileName)
                .param("national", scope == ImportScope.NATIONAL)
                .update();
        MergedCommunes.Inherited inherited = kind == ReferenceFileKind.DENSITY_GRID
                ? MergedCommunes.inherit(jdbc, year, scope == ImportScope.NATIONAL)
                : MergedCommunes.Inherited.NONE;
        updated += inherited.updated();
        if (updated > 0) {
            events.publishEvent(new GeographyChanged());
        }
        List<String> unknown = jdbc
                .sql("select code from staging_reference s"
                        + " where not exists (select 1 from commune c where c.code = s.code) order by code")
                .query(String.class)
                .list()
                .stream()
                .filter(code -> !inherited.parts().contains(code))
                .toList();
        List<String> missing = jdbc.sql("select code || ' ' || name from commune c"
                        + " where not exists (select 1 from staging_reference s where s.code = c.code)"
                        + " and not c.code = any(:inherited::text[]) order by code")
                .param("inherited", inherited.communes().toArray(String[]::new))
                .query(String.class)
                .list();
        ImportReport report = new ImportReport(kind, fileName, year, values.size(), updated, unknown, missing);
        record(report, importedBy);
        return report;
    }

    private void stage(List<String[]> values) {
        jdbc.sql("create temp table if not exists staging_reference (code text primary key, first text, second text,"
                        + " third text)"
                        + " on commit drop")
                .update();
        jdbc.sql("truncate staging_reference").update();
        copy(values);
    }

    private void record(ImportReport report, String importedBy) {
        jdbc.sql(
                        """
                        insert into reference_import (kind, file_name, source_year, rows_read, communes_updated,
                                                      unknown_codes, missing_codes, imported_by)
                        values (:kind, :file, :year, :rows, :updated, :unknown, :missing, :by)
                        """)
                .param("kind", report.kind().id())
                .param("file", report.fileName())
                .param("year", report.sourceYear())
                .param("rows", report.rowsRead())
                .param("updated", report.communesUpdated())
                .param("unknown", report.unknownCodes().toArray(String[]::new))
                .param(
                        "missing",
                        report.missingCommunes().stream()
                                .map(entry -> entry.substring(0, 5))
                                .toArray(String[]::new))
                .param("by", importedBy)
                .update();
    }

    List<ImportRecord> history(int limit) {
        return jdbc.sql(
                        """
                        select kind, file_name, source_year, rows_read, communes_updated,
                               cardinality(unknown_codes) as unknown_codes, cardinality(missing_codes) as missing_communes,
                               imported_by, imported_at
                        from reference_import order by imported_at desc, id desc limit :limit
                        """)
                .param("limit", limit)
                .query(ImportRecord.class)
                .list();
    }

    /** The codes of the current geography's communes. */
    Set<String> communeCodes() {
        return jdbc.sql("select code from commune").query(String.class).set();
    }

    /** Sets the kind's columns of the communes whose values differ from the file's, and only those. */
    private static String updateSql(ReferenceFileKind kind) {
        String[] columnsAndValues =
                switch (kind) {
                    case DENSITY_GRID ->
                        new String[] {"density_level, density_year", "s.first::smallint, :year::smallint"};
                    case CITY_ATTRACTION ->
                        new String[] {"city_attraction_category, city_attraction_year", "s.first, :year::smallint"};
                    case CENTROIDS ->
                        new String[] {
                            "latitude, longitude, centroid_source",
                            "s.first::double precision, s.second::double precision, :file"
                        };
                };
        String columns = "(" + columnsAndValues[0] + ")";
        String values = "(" + columnsAndValues[1] + ")";
        return "update commune c set " + columns + " = " + values + " from staging_reference s"
                + " where s.code = c.code and " + columns + " is distinct from " + values;
    }

    private void copy(List<String[]> values) {
        StringBuilder csv = new StringBuilder(values.size() * 16);
        for (String[] entry : values) {
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    csv.append(';');
                }
                if (i < entry.length && entry[i] != null && !entry[i].isEmpty()) {
                    csv.append('"').append(entry[i].replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy staging_reference from stdin with (format csv, delimiter ';')",
                            new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot stage the imported values", e);
        }
    }
}
