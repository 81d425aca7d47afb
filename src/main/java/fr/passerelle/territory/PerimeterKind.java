package fr.passerelle.territory;

/** The kinds of perimeter; the official ones are named by an official code. */
public enum PerimeterKind {
    COMMUNE(true),
    EPCI(true),
    DEPARTEMENT(true),
    REGION(true),
    FRANCE(true),
    PAYS(false),
    PNR(false),
    GAL_LEADER(false),
    CUSTOM(false);

    private final boolean official;

    PerimeterKind(boolean official) {
        this.official = official;
    }

    public boolean official() {
        return official;
    }

    /** How local the perimeter is: 0 for a commune up to 5 for the whole country. */
    public int locality() {
        return switch (this) {
            case COMMUNE -> 0;
            case EPCI -> 1;
            case PAYS, PNR, GAL_LEADER, CUSTOM -> 2;
            case DEPARTEMENT -> 3;
            case REGION -> 4;
            case FRANCE -> 5;
        };
    }

    /** The key of its name in the bundles. */
    public String messageKey() {
        return "perimeters.kind." + name();
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static PerimeterKind fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
