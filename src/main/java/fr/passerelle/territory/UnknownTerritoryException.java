package fr.passerelle.territory;

/** No current commune, EPCI, département or région has this code. */
public class UnknownTerritoryException extends RuntimeException {

    public UnknownTerritoryException(PerimeterKind kind, String code) {
        super("No " + kind.name().toLowerCase() + " has the code " + code);
    }
}
