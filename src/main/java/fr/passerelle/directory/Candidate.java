package fr.passerelle.directory;

import java.util.UUID;

/**
 * An entry that covers a place, with the perimeter through which it does and that perimeter's rank in the list
 * asked about (0: the most local).
 */
public record Candidate<T>(T entry, UUID perimeterId, int rank) {}
