package fr.passerelle.territory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the official geography shipped with Passerelle (see tools/geography) on first start,
 * with PostgreSQL's COPY, before the web server opens. Idempotent: a loaded year is not reloaded,
 * and instances starting together wait on an advisory lock.
 */
@Component
public class GeographyLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GeographyLoader.class);
    private static final String FOLDER = "territory/geography/";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int year;

    GeographyLoader(
            DataSource dataSource,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            @Value("${passerelle.territory.geography-year}") int year) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.year = year;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            loadIfMissing();
            loadPredecessorsIfMissing();
        });
    }

    /**
     * The former communes of the current ones (kept apart from the geography's first load, so that a database loaded
     * before they were shipped gets them too): only those of current communes that no current commune bears.
     */
    private void loadPredecessorsIfMissing() {
        boolean loaded = jdbc.sql("select exists (select 1 from commune_predecessor)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        jdbc.sql("create temp table staging_predecessor (code text, predecessor text) on commit drop")
                .update();
        copy("predecessors", "staging_predecessor");
        int rows = jdbc.sql(
                        """
                        insert into commune_predecessor (code, predecessor)
                        select distinct s.code, s.predecessor from staging_predecessor s
                        where exists (select 1 from commune c where c.code = s.code)
                          and not exists (select 1 from commune c where c.code = s.predecessor)
                        """)
                .update();
        log.info("Loaded {} former communes of the current ones", rows);
    }

    private void loadIfMissing() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('passerelle.geography'))")
                .query()
                .singleValue();
        boolean loaded = jdbc.sql("select exists (select 1 from geography_load where year = :year)")
                .param("year", year)
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        copy("regions", "region (code, name)");
        copy("departements", "departement (code, name, region_code)");
        copy("epci", "epci (siren, name, kind, population)");
        jdbc.sql("create temp table staging_commune (code text, name text, departement_code text, region_code text,"
                        + " epci_siren text, population integer, postal_codes text) on commit drop")
                .update();
        copy("communes", "staging_commune");
        int communes = jdbc.sql(
                        """
                        insert into commune (code, name, departement_code, region_code, epci_siren, population, postal_codes)
                        select code, name, departement_code, region_code, nullif(epci_siren, ''), population,
                               coalesce(string_to_array(nullif(postal_codes, ''), ' '), '{}')
                        from staging_commune
                        """)
                .update();
        createOfficialPerimeters();
        jdbc.sql("insert into geography_load (year, source, communes) values (:year, :source, :communes)")
                .param("year", year)
                .param("source", "Etalab @etalab/decoupage-administratif " + year)
                .param("communes", communes)
                .update();
        log.info(
                "Loaded the {} geography: {} communes in {} ms",
                year,
                communes,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The perimeters of the country, every région, département and EPCI, ready for coverage. */
    private void createOfficialPerimeters() {
        jdbc.sql(
                        """
                        insert into perimeter (kind, name, code)
                        select 'france', 'France', 'FR'
                        union all select 'region', name, code from region
                        union all select 'departement', name, code from departement
                        union all select 'epci', name, siren from epci
                        on conflict do nothing
                        """)
                .update();
        jdbc.sql(
                        """
                        insert into perimeter_member (perimeter_id, member_kind, member_code)
                        select id, kind, code from perimeter where kind in ('france', 'region', 'departement', 'epci')
                        on conflict do nothing
                        """)
                .update();
    }

    private void copy(String file, String target) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Reader reader = new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(FOLDER + file + ".csv.gz").getInputStream()),
                StandardCharsets.UTF_8)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + target + " from stdin with (format csv, delimiter ';', header true)", reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the geography resource " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the geography resource " + file, e);
        }
    }
}
