package fr.passerelle.directory.internal;

import java.util.List;
import java.util.UUID;

/** One row of an imported file, read: the entry it would write (null when unreadable) and its problems so far. */
record ImportRow(int line, UUID existingId, OrganisationDraft draft, List<ImportProblem> problems) {}
