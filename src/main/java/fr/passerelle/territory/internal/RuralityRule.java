package fr.passerelle.territory.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rule that derives the {@code rural} and {@code rural_autonomous} flags. By default INSEE's
 * definition since 2020 (density levels 5, 6 and 7) and, for autonomy, outside any city's
 * attraction area (CATEAAV2020 = 30).
 */
@Validated
@ConfigurationProperties("passerelle.rurality")
record RuralityRule(
        @DefaultValue({"5", "6", "7"}) @NotEmpty List<@Min(1) @Max(7) Integer> ruralDensityLevels,
        @DefaultValue("30") @NotEmpty List<@Pattern(regexp = "[0-9]{2}") String> autonomousAttractionCategories) {}
