package fr.passerelle.territory;

import java.util.List;

/**
 * A current commune with where it belongs and how rural it is. The rurality fields are null while
 * the commune has not been classified: unknown, never guessed.
 *
 * @param densityLevel INSEE's communal density level, 1 (grands centres urbains) to 7 (rural à habitat très dispersé)
 * @param cityAttractionCategory INSEE's CATEAAV2020 category ("30": outside any city's attraction area)
 * @param densityInheritedFrom for a commune created by a merger after the density grid, the communes it joined whose
 *     classes its density level is inherited from (see the territory imports); empty for a commune the grid classifies
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
        Sources sources,
        List<MergedCommune> densityInheritedFrom) {

    public Commune {
        densityInheritedFrom = densityInheritedFrom == null ? List.of() : List.copyOf(densityInheritedFrom);
    }

    /** How people tell the commune apart from its namesakes: "Die (26)". */
    public String label() {
        return name + " (" + departement.code() + ")";
    }

    /** The year (or name) of each source the commune's data comes from; null where nothing was imported. */
    public record Sources(int geography, Integer densityGrid, Integer cityAttraction, String centroids) {}
}
