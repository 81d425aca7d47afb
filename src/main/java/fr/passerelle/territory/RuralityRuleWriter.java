package fr.passerelle.territory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the configured rurality rule where the database's {@code commune_rurality} view reads it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuralityRule.class)
class RuralityRuleWriter {

    RuralityRuleWriter(RuralityRule rule, JdbcClient jdbc) {
        jdbc.sql("update rurality_rule set rural_density_levels = :levels::smallint[],"
                        + " autonomous_attraction_categories = :categories::text[]")
                .param(
                        "levels",
                        "{"
                                + String.join(
                                        ",",
                                        rule.ruralDensityLevels().stream()
                                                .map(String::valueOf)
                                                .toList()) + "}")
                .param("categories", "{" + String.join(",", rule.autonomousAttractionCategories()) + "}")
                .update();
    }
}
