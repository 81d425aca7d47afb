package fr.passerelle.territory.internal;

/**
 * A territory in figures, computed from the geography.
 *
 * @param population the communes' municipal population, null when unknown
 * @param classified how many of its communes INSEE's density grid classifies (imported)
 * @param rural how many of those are rural under the rule in force
 */
public record TerritoryFigures(int communes, Long population, int classified, int rural) {

    /** The share of rural communes among the classified ones, in percent; null before the grid is imported. */
    public Long ruralPercent() {
        return classified == 0 ? null : Math.round(100.0 * rural / classified);
    }
}
