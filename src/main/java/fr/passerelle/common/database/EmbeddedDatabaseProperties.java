package fr.passerelle.common.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir the data folder ({@code PASSERELLE_DATA_DIR}); the database lives in its {@code postgres} sub-folder
 * @param clean whether to start from an empty database (the tests do)
 * @param port a fixed port, or 0 for any free one
 * @param poolSize the connection pool's size
 * @param embeddedDatabaseRestartDelay how long the embedded PostgreSQL may be found dead before it is started again
 */
@ConfigurationProperties("passerelle")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean embeddedDatabaseClean,
        @DefaultValue("0") int embeddedDatabasePort,
        @DefaultValue("10") int poolSize,
        @DefaultValue("PT1S") Duration embeddedDatabaseRestartDelay) {

    Path postgresDir() {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }
}
