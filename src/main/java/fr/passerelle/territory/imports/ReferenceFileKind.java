package fr.passerelle.territory.imports;

import java.util.Arrays;
import java.util.Optional;

/** The reference files Passerelle imports, named as on the command line. */
public enum ReferenceFileKind {
    /** INSEE's communal density grid, 7 levels (CODGEO, DENS...). */
    DENSITY_GRID("density-grid"),
    /** INSEE's geographic membership table, for the city attraction category (CODGEO, CATEAAV2020...). */
    CITY_ATTRACTION("city-attraction"),
    /** Commune centroids (code, latitude, longitude). */
    CENTROIDS("centroids");

    private final String id;

    ReferenceFileKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ReferenceFileKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
