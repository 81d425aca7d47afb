package fr.passerelle.directory.internal;

import java.util.List;

/**
 * The outcome of an import, tried (dry run) or done: how many entries it creates and updates, and
 * every problem found. A file with any problem changes nothing.
 */
public record ImportReport(int rows, int created, int updated, List<ImportProblem> problems, boolean applied) {

    public boolean ok() {
        return problems.isEmpty();
    }

    static ImportReport refused(ImportProblem problem) {
        return new ImportReport(0, 0, 0, List.of(problem), false);
    }
}
