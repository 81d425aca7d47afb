package fr.passerelle.directory.internal;

import java.util.List;

/**
 * The outcome of an import, tried (dry run) or done: how many entries it creates and updates, and
 * every problem found. A file with any problem changes nothing.
 */
public record ImportReport(
        int rows,
        int created,
        int updated,
        List<ImportProblem> problems,
        boolean applied,
        List<String> gone,
        int schemesCreated,
        int schemesUpdated) {

    /**
     * @param gone the names of the entries imported earlier from a source of the file that the file no longer lists;
     *     they are said, not removed: a source's export can be partial
     * @param schemesCreated the schemes a data·inclusion file's services create (and update, next)
     */
    public ImportReport {
        gone = gone == null ? List.of() : List.copyOf(gone);
    }

    ImportReport(int rows, int created, int updated, List<ImportProblem> problems, boolean applied) {
        this(rows, created, updated, problems, applied, List.of(), 0, 0);
    }

    /** The same outcome, done. */
    ImportReport done() {
        return new ImportReport(rows, created, updated, List.of(), true, gone, schemesCreated, schemesUpdated);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportReport refused(ImportProblem problem) {
        return new ImportReport(0, 0, 0, List.of(problem), false);
    }
}
