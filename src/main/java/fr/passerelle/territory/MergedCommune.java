package fr.passerelle.territory;

/**
 * One of the communes a merged commune joined, as the density grid classified it: its class is part of what the
 * merged commune inherits.
 *
 * @param population its municipal population in the grid's year, null when the grid did not give it
 */
public record MergedCommune(String code, String name, int densityLevel, Integer population) {}
