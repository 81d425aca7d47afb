package fr.passerelle.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per data folder and per JVM: every Spring context of a test run shares it, it is started
 * again if it dies, and it stops with the JVM.
 *
 * <p>It runs with every durability setting on: {@code synchronous_commit=on} (the embedded library's default is
 * off, which loses the last acknowledged commits when the server crashes), {@code fsync=on} and
 * {@code full_page_writes=on} (which keep the data through a machine crash). Only a throwaway test database
 * ({@code passerelle.embedded-database-clean}, emptied at every start) runs without {@code fsync}, which matters
 * for power loss only.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final PostmasterWatchdog watchdog;
    private final String password;

    static EmbeddedPostgresServer obtain(EmbeddedDatabaseProperties properties) {
        return RUNNING.computeIfAbsent(properties.postgresDir(), dir -> start(dir, properties));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    /** The generated password every connection gives (kept in the data folder, readable by its owner only). */
    String password() {
        return password;
    }

    private void stop(Path dir) {
        try {
            watchdog.stop();
            postgres.close();
            RUNNING.remove(dir);
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static EmbeddedPostgresServer start(Path dir, EmbeddedDatabaseProperties properties) {
        try {
            if (properties.embeddedDatabaseClean()) {
                deleteFolder(dir);
            }
            OwnerOnly.folder(dir.getParent());
            OwnerOnly.folder(dir);
            DataFolder folder = new DataFolder(dir);
            folder.prepare();
            long started = System.nanoTime();
            String password = OwnerOnly.secret(secretFile(dir));
            EmbeddedPostgres postgres = launch(dir, properties, password);
            if (PasswordAuthentication.trusting(dir)) {
                PasswordAuthentication.require(dir, postgres.getJdbcUrl(USER, "postgres"), USER, password);
            }
            folder.claim();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(
                    postgres, new PostmasterWatchdog(dir, properties.embeddedDatabaseRestartDelay()), password);
            server.watchdog.start();
            SpringApplication.getShutdownHandlers().add(() -> server.stop(dir));
            log.info(
                    "Embedded PostgreSQL started in {} ms on port {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000,
                    postgres.getPort(),
                    dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static Path secretFile(Path dir) {
        return dir.resolveSibling("postgres.secret");
    }

    /**
     * The binaries are unpacked in the data folder, its owner's alone, not in the shared temporary folder where
     * anyone could put their own in their place (the library makes this folder writable by all: its parent keeps
     * others out). The first data folder of a JVM unpacks them; the library reuses them for the others.
     */
    private static void privateBinaries(Path dir) {
        System.setProperty(
                "ot.epg.working-dir",
                OwnerOnly.folder(dir.resolveSibling("postgres-binaries")).toString());
    }

    private static EmbeddedPostgres launch(Path dir, EmbeddedDatabaseProperties properties, String password)
            throws IOException {
        privateBinaries(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                // The folder is emptied here, not by the library when it stops, so that a restart keeps it.
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", properties.embeddedDatabaseClean() ? "off" : "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                // A new folder asks for the password from the start (these reach initdb after the library's -A trust).
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", secretFile(dir).toString())
                .setConnectConfig("password", password);
        if (properties.embeddedDatabasePort() > 0) {
            builder.setPort(properties.embeddedDatabasePort());
        }
        // Stopped by Spring Boot once every application context has closed, not by a JVM hook of its own
        // that could stop the database while the contexts still use it.
        builder.setRegisterShutdownHook(false);
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            // The library could not take the folder's lock: another Passerelle took it since prepare() looked.
            throw new DataFolderInUseException(dir, "");
        }
    }

    private static void deleteFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        new DataFolder(dir).prepare();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
