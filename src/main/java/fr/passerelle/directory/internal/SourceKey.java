package fr.passerelle.directory.internal;

/**
 * Who first published an entry imported from another platform, and under which identifier: data·inclusion's
 * {@code source} and {@code id} ("dora", "dora--42"). A new import of the same source finds the entry again by it.
 */
record SourceKey(String source, String id) {

    /** The key of a document of another source; none for the platform's own entries or a document without both. */
    static SourceKey of(String source, String id) {
        if (source == null || id == null || source.equals(DataInclusionExport.SOURCE)) {
            return null;
        }
        return new SourceKey(source, id);
    }
}
