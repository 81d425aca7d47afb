package fr.passerelle.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The directory's entries as the JSON API and GeoJSON write them: codes for values, coverage with names. */
final class ApiEntries {
    private ApiEntries() {}

    /** A published organisation (structure). */
    @Schema(name = "Organisation")
    record OrganisationView(
            UUID id,
            String name,
            @Schema(description = "Code du type de structure") String kind,
            @Schema(nullable = true) String family,
            @Schema(nullable = true) String subKind,
            String area,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) String website,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) String communeCode,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude,
            List<String> networks,
            List<String> sectors,
            List<String> challenges,
            List<PerimeterView> coverage,
            @Schema(nullable = true) LocalDate lastVerifiedOn,
            double qualityScore,
            @Schema(description = "La page publique de la structure (adresse absolue)") String url,
            @Schema(nullable = true, description = "Par quel territoire l’entrée couvre la commune cherchée")
                    CoveredThrough coversCommuneThrough,
            @JsonInclude(JsonInclude.Include.NON_NULL)
                    @Schema(
                            description = "Après une modification : le territoire couvert qui attend la validation"
                                    + " d’un coordinateur")
                    List<PerimeterView> pendingCoverage) {

        OrganisationView pending(List<PerimeterView> waiting) {
            return new OrganisationView(
                    id,
                    name,
                    kind,
                    family,
                    subKind,
                    area,
                    description,
                    website,
                    email,
                    phone,
                    address,
                    communeCode,
                    latitude,
                    longitude,
                    networks,
                    sectors,
                    challenges,
                    coverage,
                    lastVerifiedOn,
                    qualityScore,
                    url,
                    coversCommuneThrough,
                    waiting);
        }
    }

    /** A published scheme (dispositif). */
    @Schema(name = "Scheme")
    record SchemeView(
            UUID id,
            String name,
            OrganisationRef organisation,
            @Schema(description = "Code du type de dispositif") String type,
            @Schema(nullable = true) String description,
            List<String> stages,
            List<String> projectKinds,
            List<String> sectors,
            List<String> publics,
            boolean essOnly,
            boolean collectiveOnly,
            @Schema(nullable = true) String calendar,
            @Schema(nullable = true) LocalDate opensOn,
            @Schema(nullable = true) LocalDate closesOn,
            boolean openNow,
            @Schema(nullable = true, description = "La session en cours ou la prochaine") Window window,
            @Schema(nullable = true) Integer amountMin,
            @Schema(nullable = true) Integer amountMax,
            @Schema(
                            nullable = true,
                            description = "Taux de financement maximal, en pourcentage des dépenses (0 < taux ≤ 100)")
                    java.math.BigDecimal ratePercent,
            @Schema(nullable = true) String howToApply,
            @Schema(nullable = true) String website,
            List<PerimeterView> coverage,
            @Schema(nullable = true) LocalDate lastVerifiedOn,
            double qualityScore,
            @Schema(description = "La page publique du dispositif (adresse absolue)") String url,
            @Schema(nullable = true, description = "Par quel territoire l’entrée couvre la commune cherchée")
                    CoveredThrough coversCommuneThrough) {}

    /** The organisation that runs a scheme. */
    record OrganisationRef(UUID id, String name) {}

    /** A scheme's session: its first and last days. */
    @Schema(name = "SchemeWindow")
    record Window(@Schema(nullable = true) LocalDate opensOn, @Schema(nullable = true) LocalDate closesOn) {}

    /** A perimeter covered: its kind, code and name. */
    @Schema(name = "Perimeter")
    record PerimeterView(String kind, String code, String name) {}

    /** Why an entry covers the commune searched: the perimeter's name and its locality (0 commune … 5 France). */
    record CoveredThrough(String perimeter, Integer locality) {}

    /** A GeoJSON collection of points. */
    record FeatureCollection(@Schema(allowableValues = "FeatureCollection") String type, List<Feature> features) {}

    /** A GeoJSON point feature: an organisation on the map. */
    record Feature(@Schema(allowableValues = "Feature") String type, Point geometry, FeatureProperties properties) {}

    /** A GeoJSON point: longitude then latitude. */
    record Point(@Schema(allowableValues = "Point") String type, List<Double> coordinates) {}

    /** What a map shows of an organisation. */
    record FeatureProperties(UUID id, String name, String kind, @Schema(nullable = true) String family, String url) {}
}
