package fr.passerelle.territory.internal;

import java.util.stream.Collectors;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the configured rurality rule where the database's {@code commune_rurality} view reads it,
 * so that every query, and every instance, derives the flags the same way.
 */
@Component
@EnableConfigurationProperties(RuralityRule.class)
record RuralityRuleWriter(RuralityRule rule, JdbcClient jdbc) implements InitializingBean {
    @Override
    public void afterPropertiesSet() {
        jdbc.sql("update rurality_rule set rural_density_levels = :levels::smallint[],"
                        + " autonomous_attraction_categories = :categories::text[]")
                .param("levels", arrayLiteral(rule.ruralDensityLevels().stream().map(String::valueOf)))
                .param("categories", arrayLiteral(rule.autonomousAttractionCategories().stream()))
                .update();
    }

    private static String arrayLiteral(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }
}
