package fr.passerelle.common.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves the files that earlier versions kept in a folder of the data folder into the database. Each file is handed to
 * a statement of its own that takes it in only once, whichever instance runs it first; a file taken in is removed
 * from the disk. A file that cannot be read or taken is left where it is and said in the log, for the next start.
 * A module's subclass, a bean, does it at start and names the files waiting and the statement that takes one.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class DiskFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DiskFiles.class);

    protected final JdbcClient jdbc;
    private final Path folder;

    /** The names of the files that the database still waits for, relative to the folder. */
    protected abstract List<String> waiting();

    /** Writes a file's bytes for its name; true when they were written by this call. */
    protected abstract boolean take(String name, byte[] content);

    @Override
    public void run(ApplicationArguments args) {
        move();
    }

    /** Moves the waiting files of the folder that are there; how many were taken in. */
    public int move() {
        List<String> names = waiting();
        Path root = folder.toAbsolutePath().normalize();
        int moved = 0;
        for (String name : names) {
            Path file = root.resolve(name).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file) && moved(file, name)) {
                moved++;
            }
        }
        if (!names.isEmpty()) {
            log.info("{} of {} files of {} moved into the database", moved, names.size(), root);
        }
        return moved;
    }

    private boolean moved(Path file, String name) {
        try {
            if (!take(name, Files.readAllBytes(file))) {
                return false;
            }
        } catch (IOException | RuntimeException failed) {
            log.warn("Could not move {} into the database", file, failed);
            return false;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("{} is in the database; it could not be removed from the disk", file, failed);
        }
        return true;
    }
}
