package fr.passerelle.directory.internal;

/**
 * One search result: the entry and, when a commune was given, the locality of the perimeter through
 * which it covers the commune (0 commune, 1 EPCI, 2 pays/parc/GAL, 3 département, 4 région, 5 France)
 * and that perimeter's name, for "why it covers it".
 */
public record Hit<T>(T entry, Integer locality, String coveredThrough) {}
