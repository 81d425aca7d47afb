package fr.passerelle.common.database;

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
        OutageAwareDataSource pool = new OutageAwareDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(EmbeddedPostgresServer.USER);
        pool.setPassword(server.password());
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setPoolName("passerelle-embedded");
        return pool;
    }
}
