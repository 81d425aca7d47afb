package fr.passerelle.directory.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The OpenAPI description of the data·inclusion v1 objects the export endpoints write (the export builds them as maps,
 * {@code directory.internal.DataInclusionExport}): each field with its type, null where the export writes null. No
 * other field is allowed, so that the document's validation of the answers fails when the export and this drift apart.
 */
final class DataInclusionSchemas {
    private DataInclusionSchemas() {}

    static final String ABOUT = "Un objet du schéma data·inclusion v1 (https://data-inclusion-schema.readthedocs.io/)";

    /** A structure of the data·inclusion schema. */
    @Schema(
            name = "DataInclusionStructure",
            description = ABOUT,
            additionalProperties = AdditionalPropertiesValue.FALSE)
    record Structure(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "passerelle") String source,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "source--identifiant") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String nom,
            @JsonProperty("date_maj") @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate dateMaj,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String description,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String adresse,
            @JsonProperty("code_insee") @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String codeInsee,
            @JsonProperty("code_postal") @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true)
                    String codePostal,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String commune,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) Double latitude,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) Double longitude,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String courriel,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String telephone,
            @JsonProperty("site_web") @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String siteWeb,
            @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) String siret,
            @JsonProperty("reseaux_porteurs") @Schema(requiredMode = RequiredMode.REQUIRED)
                    List<String> reseauxPorteurs,
            @JsonProperty("lien_source")
                    @Schema(requiredMode = RequiredMode.REQUIRED, description = "La page de la structure")
                    String lienSource) {}

    /** A service of the data·inclusion schema: one of the directory's schemes; its place only when given in person. */
    @Schema(name = "DataInclusionService", description = ABOUT, additionalProperties = AdditionalPropertiesValue.FALSE)
    record Service(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "passerelle") String source,
            @JsonProperty("structure_id") @Schema(requiredMode = RequiredMode.REQUIRED) String structureId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "source--identifiant") String id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String nom,
            @Schema(requiredMode = RequiredMode.REQUIRED) String description,
            @JsonProperty("date_maj") @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate dateMaj,
            @Schema(
                            requiredMode = RequiredMode.REQUIRED,
                            allowableValues = {"aide-financiere", "formation", "information", "accompagnement"})
                    String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> thematiques,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> publics,
            @JsonProperty("zone_eligibilite") @ArraySchema(arraySchema = @Schema(nullable = true))
                    List<String> zoneEligibilite,
            @JsonProperty("lien_mobilisation") @Schema(nullable = true) String lienMobilisation,
            @JsonProperty("mobilisation_precisions") @Schema(nullable = true) String mobilisationPrecisions,
            @JsonProperty("modes_accueil") @ArraySchema(arraySchema = @Schema(nullable = true))
                    List<String> modesAccueil,
            @Schema(nullable = true) String frais,
            @JsonProperty("frais_precisions") @Schema(nullable = true) String fraisPrecisions,
            @JsonProperty("mobilisable_par") @ArraySchema(arraySchema = @Schema(nullable = true))
                    List<String> mobilisablePar,
            @JsonProperty("modes_mobilisation") @ArraySchema(arraySchema = @Schema(nullable = true))
                    List<String> modesMobilisation,
            @Schema(nullable = true) String courriel,
            @Schema(nullable = true) String telephone,
            @Schema(nullable = true, description = "Pour un service rendu sur place") String adresse,
            @JsonProperty("code_insee") @Schema(nullable = true) String codeInsee,
            @JsonProperty("code_postal") @Schema(nullable = true) String codePostal,
            @Schema(nullable = true) String commune,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude,
            @JsonProperty("lien_source")
                    @Schema(requiredMode = RequiredMode.REQUIRED, description = "La page du dispositif")
                    String lienSource) {}
}
