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

    String dbValue() {
        return name().toLowerCase();
    }

    static PerimeterKind fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
