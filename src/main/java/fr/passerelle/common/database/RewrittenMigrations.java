package fr.passerelle.common.database;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations rewritten after they ran, and why: Flyway refuses to start when an applied migration's checksum
 * changed, so a database that ran the old text gets the new checksum, and only if it ran exactly the old text.
 * <ul>
 *   <li>V22 (offers) created the earthdistance extension, which an ordinary database owner cannot create; its
 *       distance index moved to V50, built on the trusted cube extension alone.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RewrittenMigrations {

    /** Version → {old checksum, new checksum}. */
    private static final Map<String, int[]> REWRITTEN = Map.of("22", new int[] {1490371426, 475366282});

    @Bean
    FlywayMigrationStrategy realignRewrittenMigrations() {
        return flyway -> {
            realign(flyway);
            flyway.migrate();
        };
    }

    private static void realign(Flyway flyway) {
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        String table = flyway.getConfiguration().getTable();
        Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table);
        if (!Boolean.TRUE.equals(exists)) {
            return;
        }
        REWRITTEN.forEach((version, checksums) -> jdbc.update(
                "update " + table + " set checksum = ? where version = ? and checksum = ?",
                checksums[1],
                version,
                checksums[0]));
    }
}
