package fr.passerelle.common.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in French, without a stack trace, that the data folder is another running Passerelle's. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Arrêtez l'autre Passerelle avant de relancer celui-ci, ou donnez à celui-ci un autre dossier de"
                        + " données (variable PASSERELLE_DATA_DIR).",
                cause);
    }
}
