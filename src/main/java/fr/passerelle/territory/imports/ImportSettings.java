package fr.passerelle.territory.imports;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reference imports.
 *
 * @param minimumCoverage the share of the current communes that a national file must hold; INSEE's
 *     files hold 99.7 % of them, a few millésimes apart, so 98 % leaves room for the geography's
 *     changes and refuses a file that lost its last lines
 */
@Validated
@ConfigurationProperties("passerelle.imports")
record ImportSettings(@DefaultValue("0.98") @DecimalMin("0") @DecimalMax("1") double minimumCoverage) {}
