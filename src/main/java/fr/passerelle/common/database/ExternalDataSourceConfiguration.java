package fr.passerelle.common.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An external PostgreSQL ({@code SPRING_DATASOURCE_URL}) through the outage-aware pool, set as Spring Boot sets its
 * own Hikari pool: {@code spring.datasource.*}, then {@code spring.datasource.hikari.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    OutageAwareDataSource dataSource(DataSourceProperties properties) {
        return properties
                .initializeDataSourceBuilder()
                .type(OutageAwareDataSource.class)
                .build();
    }
}
