package fr.passerelle.directory.internal;

/** The imported file as a whole cannot be read; its one problem says why. */
class ImportRefusedException extends RuntimeException {

    private final transient ImportProblem problem;

    ImportRefusedException(ImportProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
