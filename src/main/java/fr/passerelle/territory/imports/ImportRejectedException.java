package fr.passerelle.territory.imports;

import java.util.List;

/** The file was refused and nothing changed; the problems are sentences in French, meant for the person importing. */
public class ImportRejectedException extends RuntimeException {

    private final List<String> problems;

    ImportRejectedException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    ImportRejectedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
