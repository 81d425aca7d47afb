package fr.passerelle.common.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Passerelle's own PostgreSQL when no external datasource is configured
 * ({@code SPRING_DATASOURCE_URL} unset), keeping its data under the data folder.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(properties);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setPassword(server.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("passerelle-embedded");
        config.setConnectionTimeout(DatabaseOutage.CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}
