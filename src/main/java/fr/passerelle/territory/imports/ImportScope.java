package fr.passerelle.territory.imports;

/**
 * What a file claims to cover. A national file must hold a plausible share of the current communes,
 * or it is taken for a truncated one; a partial file (a département, a correction) is imported as it is.
 */
public enum ImportScope {
    NATIONAL,
    PARTIAL
}
