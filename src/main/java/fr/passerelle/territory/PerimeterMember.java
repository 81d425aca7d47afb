package fr.passerelle.territory;

/** One official territory that a perimeter includes, with all its communes. */
public record PerimeterMember(PerimeterKind kind, String code) {

    public PerimeterMember {
        if (!kind.official()) {
            throw new IllegalArgumentException("A perimeter is made of official territories, not of " + kind);
        }
        if (kind == PerimeterKind.FRANCE) {
            code = Territories.FRANCE;
        }
    }
}
