package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.testing.PlatformTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that ran the old V22 (with earthdistance) starts with the new one; distances need only cube, which
 * an ordinary database owner may create.
 */
@PlatformTest
class RewrittenMigrationsTests {

    @Autowired
    Flyway flyway;

    @Autowired
    FlywayMigrationStrategy strategy;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDatabaseThatRanTheOldV22StartsWithTheNewOne() {
        checksum(1490371426);
        assertThatThrownBy(flyway::validate).hasMessageContaining("22");
        strategy.migrate(flyway);
        flyway.validate();
        assertThat(jdbc.sql("select checksum from flyway_schema_history where version = '22'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(475366282);
    }

    @Test
    void aChecksumThatIsNeitherTheOldNorTheNewIsStillRefused() {
        checksum(12345);
        try {
            assertThatThrownBy(() -> strategy.migrate(flyway)).hasMessageContaining("version 22");
        } finally {
            checksum(475366282);
        }
    }

    @Test
    void distancesNeedNoEarthdistance() {
        assertThat(jdbc.sql("select count(*) from pg_extension where extname = 'earthdistance'")
                        .query(Integer.class)
                        .single())
                .isZero();
        // Die to Valence: 52 km as the crow flies.
        double km = jdbc.sql("select geo_distance(geo_point(44.7537, 5.3703), geo_point(44.9334, 4.8924)) / 1000")
                .query(Double.class)
                .single();
        assertThat(km).isBetween(41.0, 43.0);
    }

    private void checksum(int value) {
        jdbc.sql("update flyway_schema_history set checksum = :value where version = '22'")
                .param("value", value)
                .update();
    }
}
