package fr.passerelle.common.database;

import java.nio.file.Path;

/** The data folder's PostgreSQL belongs to another Passerelle that is still running. */
public class DataFolderInUseException extends IllegalStateException {

    private final Path folder;

    DataFolderInUseException(Path folder, String owner) {
        super("Le dossier de données " + folder + " est utilisé par un autre Passerelle en cours d'exécution"
                + (owner.isBlank() ? "" : " (processus " + owner + ")") + ".");
        this.folder = folder;
    }

    /** The folder of the embedded PostgreSQL that is in use. */
    public Path folder() {
        return folder;
    }
}
