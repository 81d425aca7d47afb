package fr.passerelle.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data folder and per JVM: every Spring context of a test run shares it,
 * and it stops with the JVM.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        return RUNNING.computeIfAbsent(properties.postgresDir(), dir -> start(dir, properties));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    private static void stop(Path dir, EmbeddedPostgres postgres) {
        try {
            postgres.close();
            RUNNING.remove(dir);
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static EmbeddedPostgresServer start(Path dir, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.embeddedDatabaseClean())
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("fsync", properties.embeddedDatabaseClean() ? "off" : "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (properties.embeddedDatabasePort() > 0) {
                builder.setPort(properties.embeddedDatabasePort());
            }
            // Stopped by Spring Boot once every application context has closed, not by a JVM hook of its own
            // that could stop the database while the contexts still use it.
            builder.setRegisterShutdownHook(false);
            EmbeddedPostgres postgres = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> stop(dir, postgres));
            log.info(
                    "Embedded PostgreSQL started in {} ms on port {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000,
                    postgres.getPort(),
                    dir);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dir
                            + " (is another Passerelle using this data folder?)",
                    e);
        }
    }
}
