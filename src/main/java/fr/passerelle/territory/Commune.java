package fr.passerelle.territory;

import java.util.List;

/**
 * A current commune with where it belongs and how rural it is. The rurality fields are null while
 * the commune has not been classified: unknown, never guessed.
 *
 * @param densityLevel INSEE's communal density level, 1 (grands centres urbains) to 7 (rural à habitat très dispersé)
 * @param cityAttractionCategory INSEE's CATEAAV2020 category ("30": outside any city's attraction area)
 */
public record Commune(
        String code,
        String name,
        List<String> postalCodes,
        Integer population,
        Area epci,
        Area departement,
        Area region,
        Double latitude,
        Double longitude,
        Integer densityLevel,
        String cityAttractionCategory,
        Boolean rural,
        Boolean ruralAutonomous,
        Sources sources) {

    /** How people tell the commune apart from its namesakes: "Die (26)". */
    public String label() {
        return name + " (" + departement.code() + ")";
    }

    /** The year (or name) of each source the commune's data comes from; null where nothing was imported. */
    public record Sources(int geography, Integer densityGrid, Integer cityAttraction, String centroids) {}
}
