package fr.passerelle.directory.web;

import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Coverage as the forms offer it: a level around a commune (the commune, its EPCI, département, région, or
 * France), so that a person picks words they know instead of searching perimeters.
 */
@Component
record CoverageLevels(Territories territories) {
    static final List<String> LEVELS = List.of("commune", "epci", "departement", "region", "france");

    /** The perimeter of that level around the commune; a commune outside any EPCI covers itself. */
    UUID perimeter(String level, Commune commune) {
        return switch (level) {
            case "commune" -> official(PerimeterKind.COMMUNE, commune.code());
            case "epci" ->
                commune.epci() != null
                        ? official(PerimeterKind.EPCI, commune.epci().code())
                        : official(PerimeterKind.COMMUNE, commune.code());
            case "region" -> official(PerimeterKind.REGION, commune.region().code());
            case "france" -> official(PerimeterKind.FRANCE, Territories.FRANCE);
            default -> official(PerimeterKind.DEPARTEMENT, commune.departement().code());
        };
    }

    private UUID official(PerimeterKind kind, String code) {
        return territories.officialPerimeter(kind, code).id();
    }
}
