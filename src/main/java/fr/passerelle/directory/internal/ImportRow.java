package fr.passerelle.directory.internal;

import java.util.List;
import java.util.UUID;

/** One row of an imported file, read: the entry it would write (null when unreadable) and its problems so far. */
record ImportRow(int line, UUID existingId, OrganisationDraft draft, List<ImportProblem> problems, SourceKey source) {

    /** A row of a file that names no source of its own (a CSV file, the platform's own export). */
    ImportRow(int line, UUID existingId, OrganisationDraft draft, List<ImportProblem> problems) {
        this(line, existingId, draft, problems, null);
    }
}
