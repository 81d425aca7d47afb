package fr.passerelle.offers.internal;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An offer search as the URL writes it, each value as sent (read by {@link OfferSearchParams#of}): the public page's
 * parameters, documented once for the API, which binds them with {@code @ParameterObject}.
 */
public record OfferSearchRequest(
        @Parameter(description = "Mots, en français, sans tenir compte des accents") String q,
        @Parameter(
                        description = "Type d’offre (répétable)",
                        array =
                                @ArraySchema(
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        allowableValues = {
                                                            "reprise",
                                                            "local",
                                                            "foncier_agricole",
                                                            "emploi",
                                                            "besoin_identifie",
                                                            "tiers_lieu"
                                                        })))
                List<String> kind,
        @Parameter(description = "Secteur d’activité (répétable)") List<String> sector,
        @Parameter(description = "Code du département") String departement,
        @Parameter(description = "Code de la région") String region,
        @Parameter(description = "Communes rurales seulement", schema = @Schema(type = "boolean")) String rural,
        @Parameter(description = "Code INSEE d’une commune : les offres autour d’elle, les plus proches d’abord")
                String near,
        @Parameter(
                        description = "Le rayon autour de near, en km",
                        schema = @Schema(type = "integer", minimum = "1", maximum = "300", defaultValue = "30"))
                String radiusKm,
        @Parameter(
                        description =
                                "Le nom de la commune near, tel que la page de recherche l’affiche (sans effet sur"
                                        + " la recherche)")
                String nearLabel) {}
